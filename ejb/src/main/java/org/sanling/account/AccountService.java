package org.sanling.account;

import org.sanling.platform.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sanling.area.Area;
import org.sanling.area.AreaNotFoundException;
import org.sanling.area.AreaService;
import org.sanling.audit.AuditService;
import org.sanling.platform.OutOfScopeException;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts: registration, login, password changes, and appointment by leaders and admins. Guessing is
 * slowed by the web layer's throttle before a password reaches {@link #authenticate}.
 * <p>
 * Scope: admins manage every account; leaders manage accounts whose home area lies in their subtree and
 * grant only {@link #grantableRoles} roles. Every change is audited. Finders never return
 * {@code null}. Thread-safe (a stateless bean).
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class AccountService {

    /** What a leader may appoint people as; leaders and admins are appointed by admins. */
    private static final Set<Role> LEADER_GRANTABLE = EnumSet.of(Role.VOLUNTEER, Role.SUPERVISOR, Role.HANDLER);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AreaService areas;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /**
     * Creates a volunteer account for a person registering themselves.
     *
     * @throws UsernameTakenException if the username is in use
     * @throws AreaNotFoundException  if no area has the given code (field {@code areaCode})
     */
    @PermitAll
    public Account register(@NotNull @Valid Registration registration) {
        Area home = areas.find(registration.areaCode())
                .orElseThrow(() -> new AreaNotFoundException("areaCode", registration.areaCode()));
        Account account = create(registration.username(), registration.password(), registration.displayName(),
                registration.phone(), home, EnumSet.of(Role.VOLUNTEER));
        audit.recordBy(account.getUsername(), "ACCOUNT_REGISTERED", "account", account.getUsername(),
                "home " + home.getCode());
        return account;
    }

    /**
     * Checks a username and password. The outcome does not say whether an unknown username, a wrong
     * password or a disabled account was the reason, and all take the time of one hash.
     */
    @PermitAll
    public LoginOutcome authenticate(String username, String password) {
        if (username == null || password == null) {
            return new LoginOutcome.Rejected();
        }
        Optional<Account> found = byUsername(username.strip().toLowerCase());
        if (found.isEmpty()) {
            hasher.matchesNothing(password);
            return new LoginOutcome.Rejected();
        }
        Account account = found.get();
        if (hasher.matches(password, account.getPasswordHash()) && account.isEnabled()) {
            return new LoginOutcome.Authenticated(Caller.of(account));
        }
        return new LoginOutcome.Rejected();
    }

    /** The caller's own account. */
    public Account me() {
        return byUsername(currentCaller.get().username()).orElseThrow(NotLoggedInException::new);
    }

    /** The caller's skills (急救, 驾驶 …); an account's skills are loaded only when asked for. */
    public Set<String> mySkills() {
        return me().getSkills();
    }

    /** Sets the caller's skills (急救, 驾驶 …), which leaders' volunteer suggestions match against. */
    public Account changeMySkills(@Size(max = 10, message = "{skills.size}")
                                  List<@NotBlank(message = "{skills.blank}") @Size(max = 20, message = "{skills.skillSize}") String> skills) {
        Account account = me();
        account.changeSkills(Skills.normalized(skills));
        audit.record("SKILLS_CHANGED", "account", account.getUsername(), String.join(", ", account.getSkills()));
        return account;
    }

    /**
     * Changes the caller's own password, which moves the account's security stamp on: every session and
     * token of the account ends but the one the web layer carries over (see {@code LoginKeeper}).
     *
     * @throws WrongPasswordException if the current password given is wrong (field {@code currentPassword})
     */
    public void changePassword(@NotNull @Valid PasswordChange change) {
        Account account = me();
        if (!hasher.matches(change.currentPassword(), account.getPasswordHash())) {
            throw new WrongPasswordException();
        }
        account.changePasswordHash(hasher.hash(change.newPassword()));
        audit.record("PASSWORD_CHANGED", "account", account.getUsername(), null);
    }

    /** A page of the accounts in the caller's scope that match the filter, ordered by username. */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public AccountPage list(@NotNull AccountFilter filter, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where a.homeArea.path like :scope");
        parameters.put("scope", scopePath(filter.areaCode()) + "%");
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(a.username) like :text escape '\\' or lower(a.displayName) like :text escape '\\')");
            parameters.put("text", "%" + escapeLike(filter.text().strip().toLowerCase()) + "%");
        }
        if (filter.role() != null) {
            where.append(" and :role member of a.roles");
            parameters.put("role", filter.role());
        }
        if (filter.disabledOnly()) {
            where.append(" and a.enabled = false");
        }
        TypedQuery<Long> count = em.createQuery("select count(a) from Account a" + where, Long.class);
        TypedQuery<Account> page = em.createQuery("select a from Account a" + where + " order by a.username", Account.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        return new AccountPage(count.getSingleResult(),
                page.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList());
    }

    /** What a leader's home page shows of the accounts in their scope: how many, and the first disabled ones. */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public AccountFigures figures(int disabledShown) {
        long inScope = em.createQuery("select count(a) from Account a where a.homeArea.path like :scope", Long.class)
                .setParameter("scope", scopePath(null) + "%")
                .getSingleResult();
        return new AccountFigures(inScope, list(new AccountFilter(null, null, null, true), 0, disabledShown).items());
    }

    /**
     * An account in the caller's scope.
     *
     * @throws AccountNotFoundException if there is none with that username
     * @throws OutOfScopeException      if its home area is outside the caller's subtree
     */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public Account get(String username) {
        Account account = byUsername(username).orElseThrow(() -> new AccountNotFoundException(username));
        requireGoverned(account.getHomeArea());
        return account;
    }

    /**
     * Creates an account with the given roles (a leader appoints a supervisor or a handler).
     *
     * @throws RoleNotGrantableException if the caller may not grant one of the roles
     * @throws OutOfScopeException       if the home area is outside the caller's subtree
     */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public Account appoint(@NotNull @Valid Appointment appointment) {
        Area home = areas.governed(appointment.areaCode());
        requireGrantable(appointment.roles());
        Account account = create(appointment.username(), appointment.password(), appointment.displayName(),
                appointment.phone(), home, appointment.roles());
        audit.record("ACCOUNT_APPOINTED", "account", account.getUsername(),
                "roles " + appointment.roles() + ", home " + home.getCode());
        return account;
    }

    /**
     * An account the caller may change: in their scope, and holding only roles they may grant (a leader
     * cannot change another leader).
     *
     * @throws AccountNotFoundException  if there is none with that username
     * @throws OutOfScopeException       if its home area is outside the caller's subtree
     * @throws RoleNotGrantableException if it holds a role the caller may not grant
     */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public Account manageable(String username) {
        Account account = get(username);
        requireGrantable(account.getRoles());
        return account;
    }

    /** Changes someone's profile, home area and roles, within the same rules as {@link #appoint}. */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public Account update(String username, @NotNull @Valid AccountChange change) {
        Account account = manageable(username);
        requireGrantable(change.roles());
        Area home = areas.governed(change.areaCode());
        String before = account.getRoles() + " @" + account.getHomeArea().getCode();
        account.changeProfile(change.displayName().strip(), blankToNull(change.phone()));
        account.appoint(home, change.roles());
        audit.record("ACCOUNT_CHANGED", "account", username,
                before + " → " + change.roles() + " @" + home.getCode());
        return account;
    }

    /** The roles the caller may grant: every role for admins, {@link #LEADER_GRANTABLE} for leaders. */
    public Set<Role> grantableRoles() {
        return currentCaller.get().isAdmin() ? EnumSet.allOf(Role.class) : LEADER_GRANTABLE;
    }

    /** Whether the caller may record qualifications ({@link #changeQualifications}): admins. */
    public boolean mayChangeQualifications() {
        return currentCaller.get().isAdmin();
    }

    /** Records which professional qualifications (lawyer, mediator) the person holds; admins only. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Set<Qualification> changeQualifications(String username, @NotNull Set<Qualification> qualifications) {
        Account account = get(username);
        account.changeQualifications(qualifications);
        audit.record("QUALIFICATIONS_CHANGED", "account", username, qualifications.toString());
        return account.getQualifications();
    }

    /** Whether anyone can log in yet: false only on a fresh installation. */
    @PermitAll
    public boolean anyExists() {
        return !em.createQuery("select a.id from Account a", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Creates the first administrator of a fresh installation, with a password hash prepared by the
     * caller. For start-up only: it checks no caller.
     */
    @PermitAll
    public Account createInitialAdmin(String username, String passwordHash, Area home) {
        Account admin = new Account(username, "管理员", null, home, EnumSet.of(Role.ADMIN), passwordHash, clock.instant());
        em.persist(admin);
        audit.recordBy(AuditService.SYSTEM, "ACCOUNT_CREATED", "account", username, "initial administrator");
        return admin;
    }

    private Account create(String username, String password, String displayName, String phone, Area home,
                           Set<Role> roles) {
        if (byUsername(username).isPresent()) {
            throw new UsernameTakenException(username);
        }
        Account account = new Account(username, displayName.strip(), blankToNull(phone), home, roles,
                hasher.hash(password), clock.instant());
        em.persist(account);
        return account;
    }

    private Optional<Account> byUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    private String scopePath(String areaCode) {
        Caller caller = currentCaller.get();
        if (areaCode == null || areaCode.isBlank()) {
            return caller.isAdmin() ? "" : caller.homeAreaPath();
        }
        return areas.governed(areaCode).getPath();
    }

    private void requireGoverned(Area area) {
        if (!currentCaller.get().governs(area.getPath())) {
            throw new OutOfScopeException();
        }
    }

    private void requireGrantable(Set<Role> roles) {
        Set<Role> grantable = grantableRoles();
        roles.stream().filter(r -> !grantable.contains(r)).findFirst().ifPresent(r -> {
            throw new RoleNotGrantableException(r);
        });
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
