/**
 * The leaders' pages over the daily summaries (日报) and the 三零 board: the dashboard with its figures, charts,
 * overdue list and board, each figure leading to the records behind it; the daily report with its week and
 * month views, printable and exported to Excel ({@code GET /api/v1/reports/export}).
 */
package org.sanling.web.dashboard;
