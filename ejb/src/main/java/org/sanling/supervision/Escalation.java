package org.sanling.supervision;

import org.sanling.account.Account;
import org.sanling.area.Area;

import java.util.List;

/** Where an overdue submission goes next: an area one level (or more, if it has no leader) up, and its leaders. */
public record Escalation(Area area, List<Account> leaders) {
}
