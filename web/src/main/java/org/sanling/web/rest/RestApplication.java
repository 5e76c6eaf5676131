package org.sanling.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.sanling.web.problem.ProblemBody;
import org.sanling.web.security.CsrfToken;

/**
 * The REST API, version 1. Its OpenAPI document is generated from these resources by the server and served
 * at {@code /openapi}; {@link org.sanling.web.rest.openapi.ProblemResponses} adds the error answers every
 * operation shares.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Sanling 三零 portal API", version = "1",
                description = """
                        The REST API of the 三零 portal: volunteer campaigns and shifts, legal-aid street events, \
                        public-opinion supervision (submissions and their workflow), search, summaries and jobs. \
                        JSON in UTF-8; field names in camelCase; ids are strings; instants are ISO-8601 with offset. \
                        Enumerated values are written in upper case and accepted in any case. Every error is an \
                        RFC 9457 problem document in the caller's language (Accept-Language; zh-CN by default)."""),
        security = {@SecurityRequirement(name = RestApplication.BEARER), @SecurityRequirement(name = RestApplication.SESSION)},
        components = @Components(schemas = @Schema(name = ProblemBody.SCHEMA, implementation = ProblemBody.class)))
@SecurityScheme(securitySchemeName = RestApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/auth/token, sent as Authorization: Bearer <token>.")
@SecurityScheme(securitySchemeName = RestApplication.SESSION, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.COOKIE, apiKeyName = "JSESSIONID",
        description = "The portal's login session (the offline web app); writes also need the " + CsrfToken.HEADER + " header "
                + "that GET /api/v1/sync/session gives.")
public class RestApplication extends Application {

    static final String BEARER = "bearer";
    static final String SESSION = "session";
}
