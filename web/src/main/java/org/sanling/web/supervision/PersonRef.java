package org.sanling.web.supervision;

import org.sanling.account.Account;

/** Someone named on a submission. */
public record PersonRef(String username, String displayName) {

    public static PersonRef of(Account account) {
        return account == null ? null : new PersonRef(account.getUsername(), account.getDisplayName());
    }
}
