package org.sanling.supervision;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sanling.account.Account;
import org.sanling.account.Caller;
import org.sanling.account.CurrentCaller;
import org.sanling.account.Department;
import org.sanling.platform.Role;
import org.sanling.area.Area;
import org.sanling.area.AreaNotFoundException;
import org.sanling.area.AreaService;
import org.sanling.audit.AuditService;
import org.sanling.platform.OutOfScopeException;
import org.sanling.search.IndexedEntity;
import org.sanling.search.SearchOutbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Filing submissions and moving them along their workflow ({@link SubmissionWorkflow}).
 * <p>
 * Visibility ({@link SubmissionVisibility}): the submitter, the assigned handler, the handlers of the department
 * it waits in, and leaders and handlers governing the submission's area see a submission; to anybody else it does
 * not exist ({@link SubmissionNotFoundException}). Every
 * change writes a timeline entry, an audit record and a search-outbox row in its transaction; two
 * concurrent changes of one submission cannot both win ({@link ConcurrentChangeException}). Finders
 * never return {@code null}. Thread-safe (a stateless bean).
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class SubmissionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AreaService areas;

    @Inject
    private SubmissionQueue queue;

    @Inject
    private CategoryService categories;

    @Inject
    private AuditService audit;

    @Inject
    private SearchOutbox outbox;

    @Inject
    private EscalationStep escalations;

    @Inject
    private Clock clock;

    /**
     * Files a submission, or returns the one filed before with the same client UUID by the same person.
     * Safe to call concurrently with the same UUID: exactly one submission results.
     *
     * @throws CategoryNotFoundException if no active category matches (field {@code category})
     * @throws AreaNotFoundException     if the area code is unknown (field {@code areaCode})
     * @throws ConsentRequiredException  if a citizen's contact is given without consent
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Filed file(@NotNull @Valid NewSubmission filed) {
        Account submitter = me();
        Optional<Submission> earlier = byClientId(submitter, filed);
        if (earlier.isPresent()) {
            return new Filed(earlier.get(), false);
        }
        boolean citizenGiven = !isBlank(filed.citizenName()) || !isBlank(filed.citizenPhone());
        if (citizenGiven && !filed.citizenConsent()) {
            throw new ConsentRequiredException();
        }
        Category category = category(filed.category());
        Area area = isBlank(filed.areaCode()) ? submitter.getHomeArea()
                : areas.find(filed.areaCode()).orElseThrow(() -> new AreaNotFoundException("areaCode", filed.areaCode()));
        try {
            long id = queue.create(new SubmissionIntake.Request(filed, submitter.getId(), category.getId(), area.getId()));
            return new Filed(em.find(Submission.class, id), true);
        } catch (EJBException raced) {
            // Another request with the same client UUID committed first: answer with its submission.
            return byClientId(submitter, filed).map(s -> new Filed(s, false)).orElseThrow(() -> raced);
        }
    }

    /** A submission the caller may see, with what they may do to it. */
    public SubmissionDetails get(long id) {
        return details(visible(id), currentCaller.get());
    }

    /** Those of the given submissions the caller may open, e.g. to show only those among possible duplicates. */
    public Set<Long> visibleAmong(List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Caller caller = currentCaller.get();
        return em.createQuery("select s from Submission s where s.id in :ids", Submission.class)
                .setParameter("ids", ids)
                .getResultStream().filter(s -> SubmissionVisibility.visible(s, caller)).map(Submission::getId)
                .collect(Collectors.toSet());
    }

    /**
     * Applies an action for the caller. Accepting dispatches at once to the handler of the area, if it
     * has one.
     *
     * @throws ActionNotAllowedException  if the state does not offer the action to the caller (409)
     * @throws NoteRequiredException      if the action needs a note and has none
     * @throws InvalidAssigneeException   if a dispatch names no handler covering the area
     * @throws ConcurrentChangeException  if someone else changed the submission meanwhile (409)
     */
    public SubmissionDetails act(long id, @NotNull @Valid ActionRequest request) {
        Submission submission = visible(id);
        Caller caller = currentCaller.get();
        SubmissionAction action = request.action();
        if (!SubmissionWorkflow.allowed(submission, caller).contains(action)) {
            throw new ActionNotAllowedException(action, submission.getStatus());
        }
        if (action.needsNote() && isBlank(request.note())) {
            throw new NoteRequiredException(action);
        }
        Account assignee = null;
        String note = request.note();
        if (action == SubmissionAction.DISPATCH && !isBlank(request.department())) {
            Department department = department(submission, request.department());
            submission.routeTo(department);
            note = isBlank(note) ? department.getName() : note;
        } else if (action == SubmissionAction.DISPATCH) {
            assignee = assignee(submission, request.assignee());
            submission.routeTo(null);
        } else if (action == SubmissionAction.START && submission.getAssignee() == null) {
            assignee = me(); // a department's submission: whoever starts it takes it
        }
        Instant now = clock.instant();
        submission.apply(action, SubmissionWorkflow.next(action), assignee, caller.username(), note, now);
        if (action == SubmissionAction.ACCEPT) {
            handlersCovering(submission).stream().findFirst().ifPresent(handler -> submission.apply(
                    SubmissionAction.DISPATCH, SubmissionStatus.DISPATCHED, handler, caller.username(),
                    handler.getDisplayName() + " (" + handler.getUsername() + ")", now));
        }
        audit.record("SUBMISSION_" + action, "submission", submission.getNumber(),
                submission.getStatus() + (request.note() == null ? "" : ": " + request.note()));
        outbox.announce(IndexedEntity.SUBMISSION, submission.getId());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        }
        return details(submission, caller);
    }

    /**
     * Records a submission the caller just filed as handled on the spot (现场处置): resolved at once, with the caller as
     * its assignee and {@code note} (what was done) on its timeline. A submission already so handled is answered as
     * it is, so a replay changes nothing.
     *
     * @throws ActionNotAllowedException if the caller may not handle it on the spot ({@link SubmissionWorkflow#mayHandleOnSpot}) (409)
     * @throws NoteRequiredException     if the note is blank
     */
    public SubmissionDetails handleOnSpot(long id, String note) {
        Submission submission = visible(id);
        Caller caller = currentCaller.get();
        boolean handledBefore = submission.getTimeline().stream()
                .anyMatch(entry -> SubmissionAction.HANDLE_ON_SPOT.name().equals(entry.getAction()));
        if (handledBefore) {
            return details(submission, caller);
        }
        if (!SubmissionWorkflow.mayHandleOnSpot(submission, caller)) {
            throw new ActionNotAllowedException(SubmissionAction.HANDLE_ON_SPOT, submission.getStatus());
        }
        if (isBlank(note)) {
            throw new NoteRequiredException(SubmissionAction.HANDLE_ON_SPOT);
        }
        submission.apply(SubmissionAction.HANDLE_ON_SPOT, SubmissionWorkflow.next(SubmissionAction.HANDLE_ON_SPOT), me(),
                caller.username(), note, clock.instant());
        audit.record("SUBMISSION_" + SubmissionAction.HANDLE_ON_SPOT, "submission", submission.getNumber(),
                submission.getStatus() + ": " + note);
        outbox.announce(IndexedEntity.SUBMISSION, submission.getId());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        }
        return details(submission, caller);
    }

    /** A page of one of the caller's lists, newest first. */
    public SubmissionPage list(@NotNull SubmissionQuery query, int first, int max) {
        Filter filter = filter(query);
        return new SubmissionPage(count(filter), page(filter, first, max));
    }

    /** What waits for the caller in each list they work from: the figures of their home page. */
    public QueueFigures queueFigures() {
        Caller caller = currentCaller.get();
        long openTasks = 0;
        long overdueTasks = 0;
        if (caller.has(Role.HANDLER)) {
            var assigned = SubmissionQuery.of(SubmissionView.ASSIGNED);
            openTasks = count(filter(assigned.withStatus(SubmissionStatus.DISPATCHED)))
                    + count(filter(assigned.withStatus(SubmissionStatus.IN_PROGRESS)));
            overdueTasks = count(filter(new SubmissionQuery(SubmissionView.ASSIGNED, null, null, null, null, true, null, null)));
        }
        long newToday = 0;
        long awaitingAcceptance = 0;
        long overdueInScope = 0;
        if (caller.leadsAnArea()) {
            Instant startOfToday = LocalDate.now(clock.withZone(DeadlinePolicy.ZONE)).atStartOfDay(DeadlinePolicy.ZONE).toInstant();
            newToday = count(filter(new SubmissionQuery(SubmissionView.SCOPE, null, null, null, null, null, startOfToday, null)));
            awaitingAcceptance = count(filter(SubmissionQuery.of(SubmissionView.SCOPE).withStatus(SubmissionStatus.SUBMITTED)));
            overdueInScope = count(filter(new SubmissionQuery(SubmissionView.SCOPE, null, null, null, null, true, null, null)));
        }
        return new QueueFigures(awaitingMyConfirmation(), openTasks, overdueTasks, newToday, awaitingAcceptance, overdueInScope);
    }

    private long count(Filter filter) {
        TypedQuery<Long> count = em.createQuery("select count(s) from Submission s" + Filter.JOINS + filter.where(), Long.class);
        filter.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /**
     * The first submissions of one of the caller's lists, newest first, without counting the rest: a glance
     * (the dashboard's overdue list) that stays cheap however long the list is.
     */
    public List<Submission> first(@NotNull SubmissionQuery query, int max) {
        return page(filter(query), 0, max);
    }

    /** A list's where clause (joins {@link Filter#JOINS}) and its parameters. */
    private record Filter(String where, Map<String, Object> parameters) {
        static final String JOINS = " left join s.assignee asg left join s.department dep";
    }

    private List<Submission> page(Filter filter, int first, int max) {
        TypedQuery<Submission> page = em.createQuery("select s from Submission s join fetch s.category join fetch s.area"
                + Filter.JOINS + filter.where() + " order by s.createdAt desc, s.id desc", Submission.class);
        filter.parameters().forEach(page::setParameter);
        return page.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    private Filter filter(SubmissionQuery query) {
        Caller caller = currentCaller.get();
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        switch (query.view()) {
            case MINE -> where.append(" and s.submitter.username = :me");
            case ASSIGNED -> {
                // Mine, and what waits in my department for one of us to take it.
                where.append(" and (asg.username = :me or (dep.id = :department and asg is null))");
                parameters.put("department", caller.departmentId() == null ? -1L : caller.departmentId());
            }
            case SCOPE -> {
                if (!caller.governsAnArea()) {
                    throw new OutOfScopeException();
                }
                where.append(" and s.areaPath like :scope");
                parameters.put("scope", (caller.isAdmin() ? "" : caller.homeAreaPath()) + "%");
            }
        }
        if (query.view() != SubmissionView.SCOPE) {
            parameters.put("me", caller.username());
        }
        if (query.areaCode() != null && !query.areaCode().isBlank()) {
            Area area = areas.find(query.areaCode()).orElseThrow(() -> new AreaNotFoundException("areaCode", query.areaCode()));
            if (query.view() == SubmissionView.SCOPE && !caller.governs(area.getPath())) {
                throw new OutOfScopeException();
            }
            where.append(" and s.areaPath like :area");
            parameters.put("area", area.getPath() + "%");
        }
        if (query.status() != null) {
            where.append(" and s.status = :status");
            parameters.put("status", query.status());
        }
        if (query.type() != null) {
            where.append(" and s.type = :type");
            parameters.put("type", query.type());
        }
        if (query.categoryId() != null) {
            where.append(" and s.category.id = :category");
            parameters.put("category", query.categoryId());
        }
        if (query.overdue() != null) {
            where.append(query.overdue() ? " and s.status in :open and s.deadline < :now"
                    : " and (s.status not in :open or s.deadline >= :now)");
            parameters.put("open", openStatuses());
            parameters.put("now", clock.instant());
        }
        if (query.from() != null) {
            where.append(" and s.createdAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and s.createdAt < :to");
            parameters.put("to", query.to());
        }
        return new Filter(where.toString(), parameters);
    }

    /** How many of my submissions wait for my confirmation (the badge of "my submissions"). */
    public long awaitingMyConfirmation() {
        return em.createQuery("select count(s) from Submission s where s.submitter.username = :me and s.status = :resolved",
                        Long.class)
                .setParameter("me", currentCaller.get().username())
                .setParameter("resolved", SubmissionStatus.RESOLVED)
                .getSingleResult();
    }

    /** The handlers working in the caller's area, for dispatching several submissions at once. */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public List<Account> handlersInScope() {
        Caller caller = currentCaller.get();
        return em.createQuery("""
                        select a from Account a join a.homeArea h
                        where :handler member of a.roles and h.path like :scope order by h.path, a.username""", Account.class)
                .setParameter("handler", Role.HANDLER)
                .setParameter("scope", (caller.isAdmin() ? "" : caller.homeAreaPath()) + "%")
                .getResultList();
    }

    /**
     * The departments that serve the submission's area, for its leaders dispatching it to one.
     *
     * @throws OutOfScopeException if the caller may see the submission but does not lead its area
     */
    public List<Department> departmentsFor(long id) {
        Submission submission = led(id);
        return em.createQuery("select d from Department d order by d.name", Department.class).getResultStream()
                .filter(d -> d.serves(submission.getAreaPath())).toList();
    }

    /**
     * Handlers who may take the submission: those whose home area contains its area, nearest first. Only its
     * area's leaders, who dispatch, learn who they are: a submitter sees the submission, not the staff around it.
     *
     * @throws OutOfScopeException if the caller may see the submission but does not lead its area
     */
    public List<Account> handlersFor(long id) {
        return handlersCovering(led(id));
    }

    private Submission led(long id) {
        Submission submission = visible(id);
        if (!SubmissionVisibility.leadsArea(submission, currentCaller.get())) {
            throw new OutOfScopeException();
        }
        return submission;
    }

    /** Handlers whose home area contains the submission's area, the nearest (deepest home) first. */
    private List<Account> handlersCovering(Submission submission) {
        return em.createQuery("""
                        select a from Account a join a.homeArea h
                        where :handler member of a.roles and :path like concat(h.path, '%')
                        order by length(h.path) desc, a.username""", Account.class)
                .setParameter("handler", Role.HANDLER)
                .setParameter("path", submission.getAreaPath())
                .getResultList();
    }

    private Department department(Submission submission, String id) {
        return departmentsFor(submission.getId()).stream()
                .filter(d -> String.valueOf(d.getId()).equals(id.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidDepartmentException(id));
    }

    private Account assignee(Submission submission, String username) {
        return handlersCovering(submission).stream()
                .filter(a -> a.getUsername().equals(username))
                .findFirst()
                .orElseThrow(() -> new InvalidAssigneeException(username == null ? "" : username));
    }

    private SubmissionDetails details(Submission submission, Caller caller) {
        return new SubmissionDetails(submission, SubmissionWorkflow.allowed(submission, caller),
                SubmissionVisibility.citizenVisible(submission, caller), escalations.of(submission));
    }

    private Submission visible(long id) {
        Submission submission = em.find(Submission.class, id, LockModeType.OPTIMISTIC,
                Map.of("jakarta.persistence.loadgraph", em.getEntityGraph(Submission.DETAILS)));
        if (submission == null || !SubmissionVisibility.visible(submission, currentCaller.get())) {
            throw new SubmissionNotFoundException(id);
        }
        return submission;
    }

    private Account me() {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", currentCaller.get().username())
                .getSingleResult();
    }

    private Optional<Submission> byClientId(Account submitter, NewSubmission filed) {
        return em.createQuery("select s from Submission s where s.submitter = :who and s.clientId = :client", Submission.class)
                .setParameter("who", submitter)
                .setParameter("client", filed.clientId())
                .getResultStream().findFirst();
    }

    private Category category(String idOrName) {
        String key = idOrName.strip();
        return categories.active().stream()
                .filter(c -> String.valueOf(c.getId()).equals(key) || c.getName().equals(key) || c.getNameEn().equalsIgnoreCase(key))
                .findFirst()
                .orElseThrow(() -> new CategoryNotFoundException(key));
    }

    private static Set<SubmissionStatus> openStatuses() {
        return EnumSet.copyOf(List.of(SubmissionStatus.values()).stream().filter(SubmissionStatus::isOpen).toList());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
