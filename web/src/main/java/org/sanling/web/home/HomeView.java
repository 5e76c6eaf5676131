package org.sanling.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.account.AccountFilter;
import org.sanling.account.AccountService;
import org.sanling.account.Caller;
import org.sanling.account.CurrentCaller;
import org.sanling.account.Role;
import org.sanling.area.Area;
import org.sanling.area.AreaLevel;
import org.sanling.area.AreaService;
import org.sanling.web.account.AccountSummary;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The home page: who I am, where I act, and per role what needs my attention. Leaders and admins see
 * locked accounts in their scope and the size of their area.
 */
@Named
@ViewScoped
public class HomeView implements Serializable {

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AreaService areas;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    private Caller caller;
    private List<Area> breadcrumb;
    private Map<AreaLevel, Long> census = Map.of();
    private long accountsInScope;
    private List<AccountSummary> lockedAccounts = List.of();

    @PostConstruct
    void init() {
        caller = currentCaller.get();
        breadcrumb = areas.breadcrumb(caller.homeAreaCode());
        if (isStaff()) {
            census = areas.census(caller.homeAreaCode());
        }
        if (caller.has(Role.LEADER) || caller.isAdmin()) {
            accountsInScope = accounts.list(AccountFilter.all(), 0, 1).total();
            var now = clock.instant();
            lockedAccounts = accounts.list(new AccountFilter(null, null, null, true), 0, 20).items().stream()
                    .map(a -> AccountSummary.of(a, now)).toList();
        }
    }

    public Caller getCaller() {
        return caller;
    }

    public List<Role> getRoles() {
        return caller.roles().stream().sorted().toList();
    }

    public boolean has(String role) {
        return caller.has(Role.valueOf(role));
    }

    /** Leaders, handlers and admins: people who act for an area. */
    public boolean isStaff() {
        return caller.isAdmin() || caller.has(Role.LEADER) || caller.has(Role.HANDLER);
    }

    public List<Area> getBreadcrumb() {
        return breadcrumb;
    }

    public long census(String level) {
        return census.getOrDefault(AreaLevel.valueOf(level), 0L);
    }

    public long getAccountsInScope() {
        return accountsInScope;
    }

    public List<AccountSummary> getLockedAccounts() {
        return lockedAccounts;
    }
}
