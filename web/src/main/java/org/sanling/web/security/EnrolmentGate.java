package org.sanling.web.security;

import jakarta.servlet.http.HttpSession;

/**
 * Marks a login session of a leader or admin who must enrol in two-factor login first: until they have,
 * {@link EnrolmentGateFilter} lets them only reach the account page.
 */
final class EnrolmentGate {

    private static final String ATTRIBUTE = EnrolmentGate.class.getName();

    private EnrolmentGate() {
    }

    static void set(HttpSession session, boolean closed) {
        if (closed) {
            session.setAttribute(ATTRIBUTE, Boolean.TRUE);
        } else {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    static boolean closed(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) != null;
    }
}
