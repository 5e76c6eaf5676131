package org.sanling.web.account;

import org.sanling.account.Account;
import org.sanling.account.PhoneMask;
import org.sanling.platform.Role;

import java.io.Serializable;
import java.util.List;

/** Someone else's account as lists show it: the phone masked; {@code enabled} false once disabled. */
public record AccountSummary(String username, String displayName, String phone, List<Role> roles,
                             String areaCode, String areaName, boolean enabled) implements Serializable {

    public static AccountSummary of(Account account) {
        var home = account.getHomeArea();
        return new AccountSummary(account.getUsername(), account.getDisplayName(), PhoneMask.mask(account.getPhone()),
                account.getRoles().stream().sorted().toList(), home.getCode(), home.getName(), account.isEnabled());
    }
}
