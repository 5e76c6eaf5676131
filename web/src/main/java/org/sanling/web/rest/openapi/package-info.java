/** The parts of the REST API's OpenAPI document that no single resource declares. */
package org.sanling.web.rest.openapi;
