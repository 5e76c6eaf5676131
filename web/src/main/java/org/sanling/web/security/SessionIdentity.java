package org.sanling.web.security;

import java.io.Serializable;

/**
 * Who logged in through the login page, kept in their HTTP session until logout or expiry, with the
 * account's security stamp at that moment: when the stamp moves on (password changed, account
 * disabled) the session ends. Roles are not kept here but read from the account on each request.
 */
record SessionIdentity(String username, int securityStamp) implements Serializable {

    static final String ATTRIBUTE = SessionIdentity.class.getName();
}
