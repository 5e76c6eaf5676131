package org.sanling.web.i18n;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns Bean Validation violations into one message per field in the caller's language. Constraint
 * messages are bundle keys in braces ({@code {account.password.weak}}); where a field breaks several
 * constraints, "required" is said before anything else, otherwise the first by key.
 */
public final class Violations {

    private Violations() {
    }

    public static List<FieldError> fieldErrors(Collection<? extends ConstraintViolation<?>> violations, Locale locale) {
        Map<String, List<String>> keysByField = violations.stream()
                .collect(Collectors.groupingBy(Violations::field, LinkedHashMap::new,
                        Collectors.mapping(v -> key(v.getMessageTemplate()), Collectors.toList())));
        return keysByField.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new FieldError(e.getKey(), Messages.text(locale, mostTelling(e.getValue()))))
                .toList();
    }

    private static String mostTelling(List<String> keys) {
        return keys.stream()
                .min(Comparator.comparing((String k) -> !k.endsWith(".required")).thenComparing(k -> k))
                .orElseThrow();
    }

    /**
     * The property at fault, from the innermost object the input names: "username" of
     * "register.registration.username", and "shifts[1].endsAt" of "create.plan.shifts[1].endsAt".
     */
    private static String field(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            String prefix = node.isInIterable() && !name.isEmpty() ? name + "[" + node.getIndex() + "]." : "";
            if (node.getKind() == ElementKind.PROPERTY) {
                name = prefix + node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                name = node.getName();
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.isInIterable() && !name.isEmpty()) {
                name = name + "[" + node.getIndex() + "]";
            }
        }
        return name;
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
    }
}
