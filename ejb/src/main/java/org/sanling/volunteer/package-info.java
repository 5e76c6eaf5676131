/**
 * Volunteer campaigns (志愿服务活动): leaders publish campaigns in their area with shifts (班次);
 * volunteers sign up, are confirmed or waitlisted, and are promoted automatically when a place frees;
 * leaders assign with the portal's suggestions; attendance by the leader or by the shift's code credits
 * service hours (服务时长) and person-times (人次).
 * <p>
 * Capacity holds whatever the concurrency: every change of a shift's places happens under that shift's
 * row lock ({@link org.sanling.volunteer.ShiftPlaces}).
 */
package org.sanling.volunteer;
