package org.sanling.web.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The CSRF token of a login session. Pages put it in {@code <meta name="csrf-token">}; scripts send it
 * back in the {@value #HEADER} header on every REST write (see {@link CsrfFilter}).
 */
@Named
@SessionScoped
public class CsrfToken implements Serializable {

    public static final String HEADER = "X-CSRF-Token";

    private final String value;

    public CsrfToken() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    public String getValue() {
        return value;
    }

    /** Compares in constant time. */
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.US_ASCII));
    }
}
