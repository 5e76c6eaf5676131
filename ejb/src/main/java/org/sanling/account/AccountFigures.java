package org.sanling.account;

import java.util.List;

/**
 * The accounts in a leader's scope at a glance, for the home page ({@link AccountService#figures}).
 *
 * @param inScope  how many accounts have their home area in the caller's subtree
 * @param disabled the first disabled ones among them, by username
 */
public record AccountFigures(long inScope, List<Account> disabled) {
}
