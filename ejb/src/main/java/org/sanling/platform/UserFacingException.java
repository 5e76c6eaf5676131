package org.sanling.platform;

import jakarta.ejb.ApplicationException;

import java.util.List;
import java.util.Optional;

/**
 * A failure the user caused and can understand: bad input, a conflict with the current state, an
 * action outside their scope. It carries a message key (resolved in the caller's language by the web
 * layer), its arguments and, where one field is to blame, the field's name. Each feature declares one
 * subclass per failure, so the code that throws says what went wrong.
 * <p>
 * Thrown from a service it rolls the transaction back and reaches the caller unwrapped.
 */
@ApplicationException(rollback = true)
public abstract class UserFacingException extends RuntimeException {

    private final Problem problem;
    private final String messageKey;
    private final String field;
    private final List<Object> arguments;

    protected UserFacingException(Problem problem, String messageKey, String field, Object... arguments) {
        super(messageKey + (field == null ? "" : " [" + field + "]") + " " + List.of(arguments));
        this.problem = problem;
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public Problem problem() {
        return problem;
    }

    /** Key of the message in the UI bundle {@code org.sanling.web.i18n.messages}. */
    public String messageKey() {
        return messageKey;
    }

    /** The input field at fault, if one is. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** Arguments of the message, in {@link java.text.MessageFormat} order. */
    public List<Object> arguments() {
        return arguments;
    }
}
