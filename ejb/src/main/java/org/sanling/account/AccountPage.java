package org.sanling.account;

import java.util.List;

/** One page of a filtered account list, with the number of accounts on all pages. */
public record AccountPage(long total, List<Account> items) {
}
