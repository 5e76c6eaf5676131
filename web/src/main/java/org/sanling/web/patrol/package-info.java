/**
 * Grid patrols on the web: the REST resource of docs/api.md "Grid patrols" (recording a patrol, logging the events
 * met on it, the patrols of the caller's scope).
 */
package org.sanling.web.patrol;
