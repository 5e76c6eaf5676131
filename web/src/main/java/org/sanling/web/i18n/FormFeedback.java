package org.sanling.web.i18n;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import org.sanling.platform.UserFacingException;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs a view's call to a service and turns what the user can fix into Faces messages: a field's
 * message on that field ({@code form:field}), anything else on the page. Programming errors pass on.
 */
public final class FormFeedback {

    /** "[1]." of a field such as "shifts[1].endsAt". */
    private static final Pattern ROW_INDEX = Pattern.compile("\\[(\\d+)]\\.");

    private FormFeedback() {
    }

    /** Runs the action; on a user failure shows it and returns false. */
    public static boolean succeeds(String formId, Runnable action) {
        return outcome(formId, () -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** Runs the action and returns its result; on a user failure shows it and returns empty. */
    public static <T> Optional<T> outcome(String formId, Supplier<T> action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = LocaleView.current();
        try {
            return Optional.of(action.get());
        } catch (RuntimeException thrown) {
            Throwable e = thrown;
            while (e instanceof EJBException && !(e instanceof EJBAccessException) && e.getCause() != null) {
                e = e.getCause();
            }
            if (e instanceof UserFacingException failure) {
                String text = Messages.text(locale, failure.messageKey(), failure.arguments().toArray());
                faces.addMessage(failure.field().map(f -> fieldInError(faces, formId, f)).orElse(null), error(text));
            } else if (e instanceof ConstraintViolationException invalid) {
                Violations.fieldErrors(invalid.getConstraintViolations(), locale)
                        .forEach(f -> faces.addMessage(fieldInError(faces, formId, f.field()), error(f.message())));
            } else if (e instanceof EJBAccessException) {
                faces.addMessage(null, error(Messages.text(locale, "error.forbidden")));
            } else if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                faces.addMessage(null, error(Messages.text(locale, "error.concurrentChange")));
            } else {
                throw thrown;
            }
            faces.validationFailed();
            return Optional.empty();
        }
    }

    /**
     * The field's component: {@code form:field}, or {@code form:rows:1:field} for {@code rows[1].field}, a
     * field of a row that the form repeats; null (a message for the page) if the form has no such field. The
     * component is marked invalid, as a converter's or validator's failure would, so that it renders as a field in
     * error for everyone: the error style, and {@code aria-invalid} for screen readers.
     */
    private static String fieldInError(FacesContext faces, String formId, String field) {
        String clientId = formId + ":" + ROW_INDEX.matcher(field).replaceAll(":$1:");
        return faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
            if (component instanceof UIInput input) {
                input.setValid(false);
            }
        }) ? clientId : null;
    }

    /** Shows an informational message on the page, in the view's language. */
    public static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.text(LocaleView.current(), key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** The text of a key in the view's language. */
    public static String text(String key, Object... arguments) {
        return Messages.text(LocaleView.current(), key, arguments);
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }
}
