package org.sanling.account;

import org.sanling.platform.Role;

/**
 * Which accounts a list shows; every part is optional ({@code null} or blank means "any").
 *
 * @param text       part of the username or the display name
 * @param areaCode   the area whose subtree the home areas lie in
 * @param role       a role the accounts hold
 * @param disabledOnly only disabled accounts
 */
public record AccountFilter(String text, String areaCode, Role role, boolean disabledOnly) {

    public static AccountFilter all() {
        return new AccountFilter(null, null, null, false);
    }
}
