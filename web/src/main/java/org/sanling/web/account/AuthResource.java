package org.sanling.web.account;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sanling.account.AccountService;
import org.sanling.account.LoginOutcome;
import org.sanling.account.TokenService;
import org.sanling.account.mfa.MfaService;
import org.sanling.account.mfa.SecondFactor;
import org.sanling.web.security.MfaProblem;
import org.sanling.web.i18n.Messages;
import org.sanling.web.problem.Problems;
import org.sanling.web.security.Throttle;
import org.sanling.web.security.ThrottleRule;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Bearer tokens for API clients: 200 with a token, 401 for wrong credentials, 429 with Retry-After
 * while the client or the account must wait ({@link Throttle}); with two-factor login, 401 with
 * {@code mfaRequired} without a right {@code otp}, and 403 with {@code mfaEnrolmentRequired} for a
 * leader or admin who must enrol first. Until the login goes through, the attempt counts against the
 * limits, so codes are guessed no faster than passwords.
 */
@Path("auth/token")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    private AccountService accounts;

    @Inject
    private TokenService tokens;

    @Inject
    private MfaService mfa;

    @Inject
    private Throttle throttle;

    @Context
    private HttpHeaders headers;

    @Context
    private HttpServletRequest servletRequest;

    @SecurityRequirements
    @APIResponse(responseCode = "200", description = "A bearer token and when it expires.",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password; or, with mfaRequired, a missing or wrong one-time code.",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = MfaProblem.class)))
    @APIResponse(responseCode = "403", description = "With mfaEnrolmentRequired: the account must enrol in two-factor login first.",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = MfaProblem.class)))
    @APIResponse(responseCode = "429")
    @POST
    public Response issue(TokenRequest request) {
        Locale locale = Messages.preferred(headers.getAcceptableLanguages());
        if (request == null) {
            return Problems.response(Problems.body(401, locale, Messages.text(locale, "login.failed"), List.of()));
        }
        Throttle.Attempt attempt = throttle.attempt(ThrottleRule.LOGIN, request.username(), servletRequest);
        LoginOutcome outcome = accounts.authenticate(request.username(), request.password());
        if (outcome instanceof LoginOutcome.Authenticated authenticated) {
            SecondFactor secondFactor = mfa.checkAfterPassword(authenticated.caller().username(), request.otp());
            if (!secondFactor.letsIn()) {
                return MfaProblem.of(secondFactor, locale).response();
            }
            attempt.succeeded();
            var issued = tokens.issue(authenticated.caller());
            return Response.ok(new TokenResponse(issued.token(), issued.expiresAt().atZone(SHANGHAI).toOffsetDateTime())).build();
        }
        return Problems.response(Problems.body(401, locale, Messages.text(locale, "login.failed"), List.of()));
    }

    /** Revokes the token the call is made with. */
    @APIResponse(responseCode = "204", description = "The token is revoked.")
    @DELETE
    public Response revoke(@HeaderParam("Authorization") String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revoke(authorization.substring(7).strip());
        }
        return Response.noContent().build();
    }
}
