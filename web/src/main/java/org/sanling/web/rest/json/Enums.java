package org.sanling.web.rest.json;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Enumerated values as the API takes them: any case in, the constant's own (upper-case) name out. */
public final class Enums {

    private Enums() {
    }

    /**
     * The constant whose name is {@code text} in any case (surrounding blanks ignored).
     *
     * @throws UnknownEnumValueException when there is none
     */
    static <E extends Enum<E>> E parse(Class<E> type, String text, String parameter) {
        return type.cast(parseAny(text, parameter, List.<Class<? extends Enum<?>>>of(type)));
    }

    /**
     * The constant of any of {@code types} whose name is {@code text} in any case, for a parameter that takes
     * the values of several enumerations (a search's status: a submission's status or a consultation's outcome).
     *
     * @throws UnknownEnumValueException naming {@code parameter} when there is none
     */
    public static Enum<?> parseAny(String text, String parameter, List<Class<? extends Enum<?>>> types) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        List<Enum<?>> allowed = types.stream().<Enum<?>>flatMap(type -> Arrays.stream(type.getEnumConstants())).toList();
        return allowed.stream().filter(constant -> constant.name().equals(name)).findFirst()
                .orElseThrow(() -> new UnknownEnumValueException(allowed, text, parameter));
    }
}
