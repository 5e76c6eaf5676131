package org.sanling.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who logged in through the login page, kept in their HTTP session until logout or expiry. */
record SessionIdentity(String username, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = SessionIdentity.class.getName();
}
