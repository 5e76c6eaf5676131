package org.sanling.web.security;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import org.sanling.account.mfa.SecondFactor;
import org.sanling.web.i18n.FieldError;
import org.sanling.web.i18n.Messages;
import org.sanling.web.problem.ProblemBody;
import org.sanling.web.problem.Problems;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * A problem document of a login stopped at the second factor: {@code 401} with {@code "mfaRequired":true}
 * when a code is missing or wrong, {@code 403} with {@code "mfaEnrolmentRequired":true} when the account
 * must enrol first. The flag a case does not have is left out (JSON-B omits nulls).
 */
public record MfaProblem(String type, String title, int status, String detail, List<FieldError> errors,
                         Boolean mfaRequired, Boolean mfaEnrolmentRequired) {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** The problem of a second step that did not let the login in. */
    public static MfaProblem of(SecondFactor outcome, Locale locale) {
        return switch (outcome) {
            case CODE_NEEDED -> codeRequired(locale, "mfa.login.codeNeeded", List.of());
            case CODE_REJECTED -> {
                String message = Messages.text(locale, "mfa.login.codeWrong");
                yield codeRequired(locale, "mfa.login.codeWrong", List.of(new FieldError("otp", message)));
            }
            case ENROLMENT_NEEDED -> enrolmentRequired(locale);
            case NOT_NEEDED, PASSED -> throw new IllegalArgumentException(outcome + " is no problem");
        };
    }

    /** {@code 403}: the account must enrol before anything else. */
    public static MfaProblem enrolmentRequired(Locale locale) {
        return of(Problems.body(403, locale, Messages.text(locale, "mfa.login.enrolmentNeeded"), List.of()), null, true);
    }

    private static MfaProblem codeRequired(Locale locale, String key, List<FieldError> errors) {
        return of(Problems.body(401, locale, Messages.text(locale, key), errors), true, null);
    }

    private static MfaProblem of(ProblemBody body, Boolean mfaRequired, Boolean mfaEnrolmentRequired) {
        return new MfaProblem(body.type(), body.title(), body.status(), body.detail(), body.errors(),
                mfaRequired, mfaEnrolmentRequired);
    }

    public Response response() {
        return Response.status(status).type(Problems.MEDIA_TYPE + ";charset=UTF-8").entity(this).build();
    }

    /** Writes it to a servlet response (outside JAX-RS, as a filter answers). */
    public void send(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(this));
    }
}
