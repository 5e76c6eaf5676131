package org.sanling.web.account;

import java.util.List;

/** A page of accounts and how many there are in all. */
public record AccountList(long total, List<AccountSummary> items) {
}
