/**
 * Legal-aid events in the web: the REST API ({@code /legal-aid}), the iCalendar feed, the events'
 * pages, booth mode for logging consultations, and the public calendar.
 */
package org.sanling.web.legalaid;
