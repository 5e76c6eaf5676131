package org.sanling.account;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Skills (急救, 驾驶, First aid …) as people type them: trimmed, blanks dropped, compared ignoring case. */
public final class Skills {

    private Skills() {
    }

    public static Set<String> normalized(Collection<String> skills) {
        return skills == null ? Set.of() : skills.stream()
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .collect(Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER)));
    }

    /** How many of the wanted skills the person has. */
    public static int matching(Collection<String> has, Collection<String> wanted) {
        Set<String> own = normalized(has).stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return (int) normalized(wanted).stream().filter(s -> own.contains(s.toLowerCase(Locale.ROOT))).count();
    }
}
