package org.sanling.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sanling.platform.UserFacingException;
import org.sanling.web.i18n.FieldError;
import org.sanling.web.i18n.Messages;
import org.sanling.web.i18n.Violations;
import org.sanling.web.problem.ProblemBody;
import org.sanling.web.problem.Problems;
import org.sanling.web.rest.json.UnreadableRequests;
import org.sanling.web.security.TooManyAttemptsException;

import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of a REST call becomes a problem document in the caller's language: user failures with
 * their own status and field errors (and {@code Retry-After} when throttled), denied access 403, unexpected errors 500 with nothing of their
 * internals (those go to the log).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = Messages.preferred(headers.getAcceptableLanguages());
        Throwable cause = unwrap(thrown);
        Response response = Problems.response(toProblem(cause, locale));
        if (cause instanceof TooManyAttemptsException throttled) {
            return Response.fromResponse(response).header("Retry-After", throttled.retryAfterSeconds()).build();
        }
        return response;
    }

    /** The problem document for a failure, already unwrapped. */
    static ProblemBody toProblem(Throwable e, Locale locale) {
        if (e instanceof UserFacingException failure) {
            String message = Messages.text(locale, failure.messageKey(), failure.arguments().toArray());
            List<FieldError> errors = failure.field().map(f -> List.of(new FieldError(f, message))).orElse(List.of());
            return Problems.body(failure.problem().status(), locale, message, errors);
        }
        if (e instanceof ConstraintViolationException invalid) {
            return Problems.body(400, locale, Messages.text(locale, "error.invalidInput"),
                    Violations.fieldErrors(invalid.getConstraintViolations(), locale));
        }
        if (e instanceof AnswerNotWrittenException) {
            LOG.log(Level.SEVERE, "REST answer not written", e);
            return Problems.body(500, locale, Messages.text(locale, "error.unexpected"), List.of());
        }
        if (UnreadableRequests.isUnreadable(e)) {
            List<FieldError> errors = UnreadableRequests.fieldErrors(e, locale);
            String detail = errors.isEmpty() ? Messages.text(locale, "error.unreadableBody") : errors.get(0).message();
            return Problems.body(400, locale, detail, errors);
        }
        if (e instanceof EJBAccessException) {
            return Problems.body(403, locale, Messages.text(locale, "error.forbidden"), List.of());
        }
        if (e instanceof OptimisticLockException) {
            return Problems.body(409, locale, Messages.text(locale, "error.concurrentChange"), List.of());
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return Problems.body(status, locale, Messages.text(locale, "problem." + status), List.of());
        }
        LOG.log(Level.SEVERE, "REST call failed", e);
        return Problems.body(500, locale, Messages.text(locale, "error.unexpected"), List.of());
    }

    /** The cause that says what happened, past the EJB container's wrapping. */
    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof EJBException && !(e instanceof EJBAccessException)) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e.getCause() instanceof OptimisticLockException lock) {
            return lock;
        }
        return e;
    }
}
