package org.sanling.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.account.AccountFigures;
import org.sanling.account.AccountService;
import org.sanling.account.Caller;
import org.sanling.account.CurrentCaller;
import org.sanling.platform.Role;
import org.sanling.area.Area;
import org.sanling.area.AreaLevel;
import org.sanling.area.AreaService;
import org.sanling.supervision.QueueFigures;
import org.sanling.supervision.SubmissionService;
import org.sanling.web.account.AccountSummary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The home page: who I am, where I act, and per role what needs my attention: submissions waiting for
 * my confirmation; a handler's open and overdue tasks; for leaders the day's new submissions, those
 * waiting for acceptance, the overdue ones, disabled accounts and the size of their area.
 */
@Named
@ViewScoped
public class HomeView implements Serializable {

    /** Disabled accounts listed; the accounts page shows the rest. */
    static final int DISABLED_SHOWN = 20;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AreaService areas;

    @Inject
    private AccountService accounts;

    @Inject
    private SubmissionService submissions;

    private Caller caller;
    private List<Area> breadcrumb;
    private Map<AreaLevel, Long> census = Map.of();
    private long accountsInScope;
    private QueueFigures figures;
    private List<AccountSummary> disabledAccounts = List.of();

    @PostConstruct
    void init() {
        caller = currentCaller.get();
        breadcrumb = areas.breadcrumb(caller.homeAreaCode());
        if (caller.isStaff()) {
            census = areas.census(caller.homeAreaCode());
        }
        figures = submissions.queueFigures();
        if (caller.leadsAnArea()) {
            AccountFigures accountFigures = accounts.figures(DISABLED_SHOWN);
            accountsInScope = accountFigures.inScope();
            disabledAccounts = accountFigures.disabled().stream().map(AccountSummary::of).toList();
        }
    }

    /** What waits for me in each list I work from. */
    public QueueFigures getFigures() {
        return figures;
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

    public List<Area> getBreadcrumb() {
        return breadcrumb;
    }

    public long census(String level) {
        return census.getOrDefault(AreaLevel.valueOf(level), 0L);
    }

    public long getAccountsInScope() {
        return accountsInScope;
    }

    public List<AccountSummary> getDisabledAccounts() {
        return disabledAccounts;
    }
}
