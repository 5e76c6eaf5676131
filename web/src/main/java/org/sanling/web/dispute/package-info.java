/**
 * The disputes register on the web: the REST resources of docs/api.md "Disputes", the list of kinds admins keep, and
 * the pages of the disputes list and of one dispute for handlers, leaders and mediators.
 * Parties' phones are masked here for everyone the service does not allow to see them whole.
 */
package org.sanling.web.dispute;
