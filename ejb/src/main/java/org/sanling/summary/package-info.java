/**
 * Daily summaries (日报) and the 三零 board. {@link org.sanling.summary.SummaryComputer} counts one day's
 * records (submissions, their timeline, volunteer attendance, legal-aid events and consultations) per area,
 * rolls the counts up the area tree and stores a row per area and day (days in Asia/Shanghai); rerunning a day
 * replaces it. It also stores the 三零 board of a month for every street and community.
 * {@link org.sanling.summary.SummaryService} reads them for leaders and admins within their scope: a day, a
 * series of days, week and month roll-ups, the board with its ranking (比一比). The jobs
 * {@link org.sanling.summary.DailySummaryJob} and {@link org.sanling.summary.SanlingBoardJob} compute them.
 */
package org.sanling.summary;
