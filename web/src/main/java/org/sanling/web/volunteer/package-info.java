/**
 * Volunteer campaigns in the web: the REST API ({@code /campaigns}, {@code /shifts}, {@code /signups},
 * {@code /me/signups}) and the pages to browse campaigns, sign up, lead shifts and keep one's hours.
 */
package org.sanling.web.volunteer;
