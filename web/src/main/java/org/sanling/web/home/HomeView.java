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
import org.sanling.supervision.DeadlinePolicy;
import org.sanling.supervision.SubmissionQuery;
import org.sanling.supervision.SubmissionService;
import org.sanling.supervision.SubmissionStatus;
import org.sanling.supervision.SubmissionView;
import org.sanling.web.account.AccountSummary;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AreaService areas;

    @Inject
    private AccountService accounts;

    @Inject
    private SubmissionService submissions;

    @Inject
    private Clock clock;

    private Caller caller;
    private List<Area> breadcrumb;
    private Map<AreaLevel, Long> census = Map.of();
    private long accountsInScope;
    private long awaitingConfirmation;
    private long openTasks;
    private long overdueTasks;
    private long newToday;
    private long awaitingAcceptance;
    private long overdueInScope;
    private List<AccountSummary> disabledAccounts = List.of();

    @PostConstruct
    void init() {
        caller = currentCaller.get();
        breadcrumb = areas.breadcrumb(caller.homeAreaCode());
        if (isStaff()) {
            census = areas.census(caller.homeAreaCode());
        }
        awaitingConfirmation = submissions.awaitingMyConfirmation();
        if (caller.has(Role.HANDLER)) {
            var assigned = SubmissionQuery.of(SubmissionView.ASSIGNED);
            openTasks = count(assigned.withStatus(SubmissionStatus.DISPATCHED)) + count(assigned.withStatus(SubmissionStatus.IN_PROGRESS));
            overdueTasks = count(new SubmissionQuery(SubmissionView.ASSIGNED, null, null, null, null, true, null, null));
        }
        if (caller.has(Role.LEADER) || caller.isAdmin()) {
            Instant startOfToday = LocalDate.now(clock.withZone(DeadlinePolicy.ZONE)).atStartOfDay(DeadlinePolicy.ZONE).toInstant();
            newToday = count(new SubmissionQuery(SubmissionView.SCOPE, null, null, null, null, null, startOfToday, null));
            awaitingAcceptance = count(SubmissionQuery.of(SubmissionView.SCOPE).withStatus(SubmissionStatus.SUBMITTED));
            overdueInScope = count(new SubmissionQuery(SubmissionView.SCOPE, null, null, null, null, true, null, null));
            accountsInScope = accounts.list(AccountFilter.all(), 0, 1).total();
            disabledAccounts = accounts.list(new AccountFilter(null, null, null, true), 0, 20).items().stream()
                    .map(AccountSummary::of).toList();
        }
    }

    private long count(SubmissionQuery query) {
        return submissions.list(query, 0, 1).total();
    }

    public long getAwaitingConfirmation() {
        return awaitingConfirmation;
    }

    public long getOpenTasks() {
        return openTasks;
    }

    public long getOverdueTasks() {
        return overdueTasks;
    }

    public long getNewToday() {
        return newToday;
    }

    public long getAwaitingAcceptance() {
        return awaitingAcceptance;
    }

    public long getOverdueInScope() {
        return overdueInScope;
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

    public List<AccountSummary> getDisabledAccounts() {
        return disabledAccounts;
    }
}
