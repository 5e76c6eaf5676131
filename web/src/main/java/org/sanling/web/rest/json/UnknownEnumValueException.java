package org.sanling.web.rest.json;

import jakarta.json.bind.JsonbException;

import java.util.List;
import java.util.Optional;

/**
 * A value that is none of an enumeration's constants, in a request body or a parameter. It is a
 * {@link JsonbException} because Yasson names the property only for those as it unwinds the body
 * ({@link RequestFields} reads the names back); a parameter's converter knows the name itself.
 */
public class UnknownEnumValueException extends JsonbException {

    private final transient List<Enum<?>> allowed;
    private final String value;
    private final String parameter;

    UnknownEnumValueException(List<Enum<?>> allowed, String value, String parameter) {
        super("'" + value + "' is not one of " + allowed);
        this.allowed = List.copyOf(allowed);
        this.value = value;
        this.parameter = parameter;
    }

    /** The constants a caller may send, in declaration order. */
    public List<Enum<?>> allowed() {
        return allowed;
    }

    public String value() {
        return value;
    }

    /** The query, path or header parameter that carried the value; empty for a body field. */
    public Optional<String> parameter() {
        return Optional.ofNullable(parameter);
    }
}
