/**
 * How the REST API reads and writes JSON (JSON-B with Yasson): enumerated values accepted in any case in
 * bodies and parameters and written in upper case, UUIDs such as {@code clientId} read strictly, and every
 * value that cannot be read reported as a {@code 400} naming its field or parameter, in the caller's
 * language (docs/api.md "Conventions"). Kept apart from the resources so that every feature's endpoints
 * read requests the same way.
 */
package org.sanling.web.rest.json;
