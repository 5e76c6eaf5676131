package org.sanling.web.supervision;

import org.sanling.account.Account;

import java.io.Serializable;

/** Someone named on a submission. */
public record PersonRef(String username, String displayName) implements Serializable {

    public static PersonRef of(Account account) {
        return account == null ? null : new PersonRef(account.getUsername(), account.getDisplayName());
    }
}
