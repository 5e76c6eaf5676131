package org.sanling.web.account;

import org.sanling.account.Account;
import org.sanling.platform.Role;

import java.io.Serializable;
import java.util.List;

/** The caller's own account as {@code GET /api/v1/me} shows it; the phone is their own, unmasked. */
public record Me(String username, String displayName, String phone, List<Role> roles, String areaCode,
                 String areaName, String areaPath) implements Serializable {

    static Me of(Account account) {
        var home = account.getHomeArea();
        return new Me(account.getUsername(), account.getDisplayName(), account.getPhone(),
                account.getRoles().stream().sorted().toList(), home.getCode(), home.getName(), home.getPath());
    }
}
