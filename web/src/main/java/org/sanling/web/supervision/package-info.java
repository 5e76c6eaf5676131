/**
 * Supervisor submissions on the web: the REST resources of docs/api.md "Submissions" and the pages to
 * file, follow and work them. Citizen contacts are masked here for everyone the service does not allow
 * to see them.
 */
package org.sanling.web.supervision;
