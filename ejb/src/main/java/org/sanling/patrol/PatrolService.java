package org.sanling.patrol;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sanling.account.Account;
import org.sanling.account.Caller;
import org.sanling.account.CurrentCaller;
import org.sanling.area.Area;
import org.sanling.area.AreaNotFoundException;
import org.sanling.area.AreaService;
import org.sanling.platform.OutOfScopeException;
import org.sanling.platform.Role;
import org.sanling.supervision.NewSubmission;
import org.sanling.supervision.SanlingDimension;
import org.sanling.supervision.Submission;
import org.sanling.supervision.SubmissionService;
import org.sanling.supervision.SubmissionStatus;
import org.sanling.supervision.Urgency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recording grid patrols and the events met on them.
 * <p>
 * A handler of a grid (or community) records their own patrols, always in their home area, and logs events on
 * them; admins, leaders and handlers read the patrols of the areas they govern ({@link Caller#governs}). To anyone
 * else a patrol does not exist ({@link PatrolNotFoundException}); a leader who sees a patrol but logs an event on it
 * is refused ({@link OutOfScopeException}). Events are filed and resolved through {@link SubmissionService}, whose
 * workflow decides what a handler may do. Writes are idempotent by the client's UUID and run without a transaction
 * of their own, each step in its own, so a replay after a lost answer completes what the first call began.
 * Finders never return {@code null}. Thread-safe (a stateless bean).
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed({Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class PatrolService {

    /** How far a phone's clock may run ahead of the server's before a patrol's end counts as in the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AreaService areas;

    @Inject
    private SubmissionService submissions;

    @Inject
    private PatrolIntake intake;

    @Inject
    private Clock clock;

    /**
     * Records a patrol of the calling handler in their grid, or returns the one recorded before with the same client
     * UUID by the same handler. Safe to call concurrently with the same UUID: exactly one patrol results.
     *
     * @throws OutOfScopeException         if the caller is not a handler of a grid or community (403)
     * @throws PatrolTimesInvalidException if it ends before it started or in the future (field {@code endedAt})
     */
    @RolesAllowed(Role.HANDLER_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PatrolRecorded record(@NotNull @Valid NewPatrol recorded) {
        Account handler = me();
        Optional<Patrol> earlier = byClientId(handler, recorded);
        if (earlier.isPresent()) {
            return new PatrolRecorded(earlier.get(), false);
        }
        if (!walksAGrid(currentCaller.get())) {
            throw new OutOfScopeException();
        }
        if (recorded.endedAt().isBefore(recorded.startedAt()) || recorded.endedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw new PatrolTimesInvalidException();
        }
        try {
            long id = intake.record(recorded, handler.getId(), handler.getHomeArea().getId());
            return new PatrolRecorded(em.find(Patrol.class, id), true);
        } catch (EJBException raced) {
            // Another request with the same client UUID committed first: answer with its patrol.
            return byClientId(handler, recorded).map(p -> new PatrolRecorded(p, false)).orElseThrow(() -> raced);
        }
    }

    /**
     * Logs an event met on the caller's own patrol: a submission in the patrol's grid, resolved at once when
     * handled on the spot. The same client UUID again answers the first event.
     *
     * @throws PatrolNotFoundException if the caller may not see the patrol (404)
     * @throws OutOfScopeException     if it is not the caller's own patrol (403)
     * @throws org.sanling.supervision.CategoryNotFoundException if no active category matches (field {@code category})
     * @throws EventOfAnotherPatrolException if the client UUID was sent for an event of another patrol (409)
     */
    @RolesAllowed(Role.HANDLER_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public EventLogged logEvent(long patrolId, @NotNull @Valid NewPatrolEvent met) {
        Patrol patrol = visible(patrolId);
        if (!patrol.getHandler().getUsername().equals(currentCaller.get().username())) {
            throw new OutOfScopeException();
        }
        Optional<EventLogged> earlier = event(patrol, met);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Submission filed = submissions.file(new NewSubmission(met.clientId(), met.typeOrHazard(), met.category(),
                patrol.getArea().getCode(), met.place(), met.title(), met.description(), Urgency.NORMAL,
                SanlingDimension.NONE, clock.instant(), null, null, false)).submission();
        // The same UUID may come back after a crash between these steps: the submission is then the one filed
        // before, perhaps resolved already, perhaps an event of another patrol (a client's mistake).
        if (isEventOfAnotherPatrol(filed, patrol)) {
            throw new EventOfAnotherPatrolException();
        }
        if (met.handledOnSpot() && filed.getStatus() == SubmissionStatus.SUBMITTED) {
            submissions.handleOnSpot(filed.getId(), met.description());
        }
        try {
            long id = intake.logEvent(patrol.getId(), met.clientId(), filed.getId(), met.handledOnSpot());
            return new EventLogged(id, filed.getId(), met.handledOnSpot(), true);
        } catch (EJBException raced) {
            return event(patrol, met).orElseThrow(() -> raced);
        }
    }

    /**
     * A page of the patrols of the areas the caller governs, latest start first.
     *
     * @throws OutOfScopeException   if the caller governs no area, or the area is outside their scope (403)
     * @throws AreaNotFoundException if the area code is unknown (parameter {@code areaCode})
     */
    public PatrolPage list(@NotNull PatrolQuery query, int first, int max) {
        Caller caller = currentCaller.get();
        if (!caller.governsAnArea()) {
            throw new OutOfScopeException();
        }
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where p.areaPath like :scope");
        parameters.put("scope", (caller.isAdmin() ? "" : caller.homeAreaPath()) + "%");
        if (query.areaCode() != null && !query.areaCode().isBlank()) {
            Area area = areas.governed(query.areaCode().strip());
            where.append(" and p.areaPath like :area");
            parameters.put("area", area.getPath() + "%");
        }
        if (query.from() != null) {
            where.append(" and p.startedAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and p.startedAt < :to");
            parameters.put("to", query.to());
        }
        TypedQuery<Long> count = em.createQuery("select count(p) from Patrol p" + where, Long.class);
        TypedQuery<Patrol> page = em.createQuery("select p from Patrol p" + where + " order by p.startedAt desc, p.id desc", Patrol.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        return new PatrolPage(count.getSingleResult(),
                page.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList());
    }

    /**
     * Whether a patrol with that id exists and the caller may see it: what a dispute met on a patrol is checked
     * against. Open to every role, as anyone may ask and only those governing its area are answered yes.
     */
    @RolesAllowed({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
    public boolean isVisible(long id) {
        Patrol patrol = em.find(Patrol.class, id);
        return patrol != null && currentCaller.get().governs(patrol.getAreaPath());
    }

    /** A handler who walks an area of their own: a grid's or community's, not a department's. */
    private static boolean walksAGrid(Caller caller) {
        return caller.has(Role.HANDLER) && caller.departmentId() == null;
    }

    private Patrol visible(long id) {
        Patrol patrol = em.find(Patrol.class, id);
        if (patrol == null || !currentCaller.get().governs(patrol.getAreaPath())) {
            throw new PatrolNotFoundException(id);
        }
        return patrol;
    }

    private boolean isEventOfAnotherPatrol(Submission submission, Patrol patrol) {
        return !em.createQuery("select e.id from PatrolEvent e where e.submission.id = :submission and e.patrol <> :patrol", Long.class)
                .setParameter("submission", submission.getId())
                .setParameter("patrol", patrol)
                .getResultList().isEmpty();
    }

    private Optional<EventLogged> event(Patrol patrol, NewPatrolEvent met) {
        return em.createQuery("select e from PatrolEvent e join fetch e.submission where e.patrol = :patrol and e.clientId = :client",
                        PatrolEvent.class)
                .setParameter("patrol", patrol)
                .setParameter("client", met.clientId())
                .getResultStream().findFirst()
                .map(e -> new EventLogged(e.getId(), e.getSubmission().getId(), e.isHandledOnSpot(), false));
    }

    private Account me() {
        return em.createQuery("select a from Account a join fetch a.homeArea where a.username = :u", Account.class)
                .setParameter("u", currentCaller.get().username())
                .getSingleResult();
    }

    private Optional<Patrol> byClientId(Account handler, NewPatrol recorded) {
        return em.createQuery("select p from Patrol p where p.handler = :who and p.clientId = :client", Patrol.class)
                .setParameter("who", handler)
                .setParameter("client", recorded.clientId())
                .getResultStream().findFirst();
    }
}
