package org.sanling.platform;

import java.util.Optional;

/**
 * Settings given to the portal at start: an environment variable, or the system property of the same
 * name in lower case with dots ({@code SANLING_DEMO} or {@code -Dsanling.demo}), the property winning.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> get(String environmentName) {
        String property = environmentName.toLowerCase().replace('_', '.');
        String value = System.getProperty(property, System.getenv(environmentName));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** Whether demo data is wanted: {@code SANLING_DEMO=true}. Never set it in production. */
    public static boolean demo() {
        return get("SANLING_DEMO").map(Boolean::parseBoolean).orElse(false);
    }
}
