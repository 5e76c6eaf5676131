/**
 * The disputes register on the web: the REST resources of docs/api.md "Disputes" and the list of kinds admins keep.
 * Parties' phones are masked here for everyone the service does not allow to see them whole.
 */
package org.sanling.web.dispute;
