package org.sanling.dispute;

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
import org.sanling.account.CurrentCaller;
import org.sanling.account.Qualification;
import org.sanling.platform.Role;
import org.sanling.area.Area;
import org.sanling.area.AreaNotFoundException;
import org.sanling.area.AreaService;
import org.sanling.audit.AuditService;
import org.sanling.legalaid.Outcome;
import org.sanling.platform.ChoiceListService;
import org.sanling.platform.OutOfScopeException;
import org.sanling.patrol.PatrolService;
import org.sanling.search.IndexedEntity;
import org.sanling.search.SearchOutbox;
import org.sanling.supervision.ConcurrentChangeException;
import org.sanling.supervision.SubmissionNotFoundException;
import org.sanling.supervision.SubmissionService;
import org.sanling.supervision.SubmissionType;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Filing disputes and moving them along their workflow ({@link DisputeWorkflow}), within the caller's scope
 * ({@link DisputeScope}): outside it a dispute does not exist ({@link DisputeNotFoundException}) and filing or
 * listing there is refused ({@link OutOfScopeException}). Volunteers and supervisors who are no lawyers or
 * mediators have no scope; supervisors are refused by role. Every change writes a timeline step and an audit record
 * in its transaction; two concurrent changes of one dispute cannot both win ({@link ConcurrentChangeException}).
 * Disputes are not announced to search. Finders never return {@code null}. Thread-safe (a stateless bean).
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed({Role.VOLUNTEER_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class DisputeService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AreaService areas;

    @Inject
    private ChoiceListService choices;

    @Inject
    private SubmissionService submissions;

    @Inject
    private PatrolService patrols;

    @Inject
    private DisputeIntake intake;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @Inject
    private SearchOutbox outbox;

    /**
     * Files a dispute, or returns the one filed before with the same client UUID by the same person. Safe to call
     * concurrently with the same UUID: exactly one dispute results. A dispute submission or a referred
     * consultation becomes one dispute at most, linked both ways; a patrol, which may meet several disputes, must be
     * one of the caller's scope.
     *
     * @throws AreaNotFoundException         if the area code is unknown (field {@code areaCode})
     * @throws OutOfScopeException           if the area is outside the caller's scope
     * @throws DisputeKindNotFoundException  if no active kind matches (field {@code kind})
     * @throws InvalidDisputeSourceException if the source names nothing the caller may turn into a dispute
     * @throws DisputeSourceTakenException   if the submission or consultation is a dispute already (409)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DisputeFiled file(@NotNull @Valid NewDispute filed) {
        Account filer = me();
        Optional<Dispute> earlier = byClientId(filer, filed);
        if (earlier.isPresent()) {
            return new DisputeFiled(earlier.get(), false);
        }
        DisputeCaller who = DisputeCaller.of(filer);
        Area area = areas.find(filed.areaCode()).orElseThrow(() -> new AreaNotFoundException("areaCode", filed.areaCode()));
        if (!DisputeScope.mayFileIn(area.getPath(), who)) {
            throw new OutOfScopeException();
        }
        DisputeKind kind = kind(filed.kind());
        DisputeSource source = filed.sourceOrScreening();
        Long sourceId = sourceId(filed);
        Long submissionId = source == DisputeSource.SUBMISSION ? disputeSubmission(sourceId) : null;
        Long consultationId = source == DisputeSource.CONSULTATION ? referredConsultation(sourceId, who) : null;
        if (submissionId != null || consultationId != null) {
            requireNotTaken(source, sourceId);
        }
        Long patrolId = source == DisputeSource.PATROL ? patrolInScope(sourceId) : null;
        try {
            long id = intake.create(filed, filer.getId(), kind.getId(), area.getId(), submissionId, consultationId, patrolId);
            return new DisputeFiled(em.find(Dispute.class, id), true);
        } catch (EJBException raced) {
            // Another request committed first: the same client UUID (answer with its dispute), or the same source.
            Optional<Dispute> winner = byClientId(filer, filed);
            if (winner.isPresent()) {
                return new DisputeFiled(winner.get(), false);
            }
            if (submissionId != null || consultationId != null) {
                requireNotTaken(source, sourceId);
            }
            throw raced;
        }
    }

    /** A dispute the caller may see, with what they may do to it. */
    public DisputeDetails get(long id) {
        DisputeCaller who = who();
        return details(visible(id, who), who);
    }

    /**
     * The dispute a submission or consultation became, if there is one and the caller may see it: what the
     * source's page links to. Open to every role, as anyone who sees the source may ask.
     */
    @RolesAllowed({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
    public Optional<Dispute> madeFrom(DisputeSource source, long sourceId) {
        DisputeCaller who = who();
        return linked(source, sourceId).filter(d -> DisputeScope.visible(d, who));
    }

    /**
     * Applies an action for the caller.
     *
     * @throws DisputeActionNotAllowedException if the state does not offer the action to the caller (409)
     * @throws ActionFieldRequiredException     if the action lacks what it records (note, mediator, agreement, target)
     * @throws InvalidMediatorException         if an assignment names nobody who may mediate the dispute
     * @throws ConcurrentChangeException        if someone else changed the dispute meanwhile (409)
     */
    public DisputeDetails act(long id, @NotNull @Valid DisputeActionRequest request) {
        DisputeCaller who = who();
        Dispute dispute = visible(id, who);
        DisputeAction action = request.action();
        if (!DisputeWorkflow.allowed(dispute, who).contains(action)) {
            throw new DisputeActionNotAllowedException(action, dispute.getStatus());
        }
        if (action.needsNote() && isBlank(request.note())) {
            throw new ActionFieldRequiredException(action, "note");
        }
        Instant now = clock.instant();
        Account mediator = null;
        MediationSession session = null;
        String note = request.note();
        switch (action) {
            case ASSIGN -> {
                mediator = mediator(dispute, request.mediator());
                note = isBlank(note) ? mediator.getDisplayName() + " (" + mediator.getUsername() + ")" : note;
            }
            case MEDIATE -> session = new MediationSession(dispute, request.heldAt() == null ? now : request.heldAt(),
                    request.place(), request.attendees(), request.note(), who.username());
            case RESOLVE -> require(!isBlank(request.agreement()), action, "agreement");
            case REFER -> require(request.referredTo() != null, action, "referredTo");
            default -> {
                // the note is all these record
            }
        }
        dispute.apply(action, mediator, session, request.agreement(), request.referredTo(), who.username(), note, now);
        audit.record("DISPUTE_" + action, "dispute", dispute.getNumber(),
                dispute.getStatus() + (isBlank(note) ? "" : ": " + note));
        outbox.announce(IndexedEntity.DISPUTE, dispute.getId());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        }
        return details(dispute, who);
    }

    /**
     * A page of the disputes in the caller's scope (and those they mediate), newest first.
     *
     * @throws OutOfScopeException  if the caller has no scope, or the area is outside it
     * @throws AreaNotFoundException if the area code is unknown (parameter {@code areaCode})
     */
    public DisputePage list(@NotNull DisputeQuery query, int first, int max) {
        DisputeCaller who = who();
        String prefix = DisputeScope.prefix(who).orElseThrow(OutOfScopeException::new);
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where (d.areaPath like :scope or med.username = :me)");
        parameters.put("scope", prefix + "%");
        parameters.put("me", who.username());
        if (!isBlank(query.areaCode())) {
            Area area = areas.find(query.areaCode()).orElseThrow(() -> new AreaNotFoundException("areaCode", query.areaCode()));
            if (!DisputeScope.mayFileIn(area.getPath(), who)) {
                throw new OutOfScopeException();
            }
            where.append(" and d.areaPath like :area");
            parameters.put("area", area.getPath() + "%");
        }
        if (query.status() != null) {
            where.append(" and d.status = :status");
            parameters.put("status", query.status());
        }
        if (query.riskLevel() != null) {
            where.append(" and d.riskLevel = :risk");
            parameters.put("risk", query.riskLevel());
        }
        if (query.open() != null) {
            where.append(query.open() ? " and d.status in :open" : " and d.status not in :open");
            parameters.put("open", Arrays.stream(DisputeStatus.values()).filter(DisputeStatus::isOpen).toList());
        }
        String from = " from Dispute d left join d.mediator med";
        TypedQuery<Long> count = em.createQuery("select count(d)" + from + where, Long.class);
        TypedQuery<Dispute> page = em.createQuery("select d" + from + where + " order by d.createdAt desc, d.id desc", Dispute.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        return new DisputePage(count.getSingleResult(),
                page.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList());
    }

    /**
     * Who may be assigned to mediate the dispute: the handlers of a grid or community whose home area contains its
     * area, nearest first, then the lawyers and mediators of its street ({@link DisputeScope}).
     */
    public List<Account> mediatorsFor(long id) {
        return mediators(visible(id, who()));
    }

    private List<Account> mediators(Dispute dispute) {
        List<Account> handlers = em.createQuery("""
                        select a from Account a join a.homeArea h
                        where :handler member of a.roles and a.department is null and :path like concat(h.path, '%')
                        order by length(h.path) desc, a.username""", Account.class)
                .setParameter("handler", Role.HANDLER)
                .setParameter("path", dispute.getAreaPath())
                .getResultList();
        List<Account> qualified = em.createQuery("""
                        select distinct a from Account a join a.homeArea h join a.qualifications q
                        where q in :qualified and (h.path like :street or :street like concat(h.path, '%'))
                        order by a.username""", Account.class)
                .setParameter("qualified", List.of(Qualification.MEDIATOR, Qualification.LAWYER))
                .setParameter("street", DisputeScope.streetPath(dispute.getAreaPath()) + "%")
                .getResultList();
        return Stream.concat(handlers.stream(), qualified.stream().filter(a -> !handlers.contains(a))).toList();
    }

    private Account mediator(Dispute dispute, String username) {
        if (isBlank(username)) {
            throw new ActionFieldRequiredException(DisputeAction.ASSIGN, "mediator");
        }
        return mediators(dispute).stream()
                .filter(a -> a.getUsername().equals(username.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidMediatorException(username));
    }

    private DisputeDetails details(Dispute dispute, DisputeCaller who) {
        dispute.loadDetails();
        return new DisputeDetails(dispute, DisputeWorkflow.allowed(dispute, who), DisputeScope.phonesVisible(dispute, who));
    }

    private Dispute visible(long id, DisputeCaller who) {
        Dispute dispute = em.find(Dispute.class, id, LockModeType.OPTIMISTIC);
        if (dispute == null || !DisputeScope.visible(dispute, who)) {
            throw new DisputeNotFoundException(id);
        }
        return dispute;
    }

    /** The source's id as a number; required unless screened. */
    private static Long sourceId(NewDispute filed) {
        DisputeSource source = filed.sourceOrScreening();
        if (!source.needsSourceId()) {
            return null;
        }
        try {
            return Long.parseLong(filed.sourceId() == null ? "" : filed.sourceId().strip());
        } catch (NumberFormatException e) {
            throw new InvalidDisputeSourceException(source, filed.sourceId());
        }
    }

    /** A patrol of an area the caller governs. */
    private Long patrolInScope(long id) {
        if (!patrols.isVisible(id)) {
            throw new InvalidDisputeSourceException(DisputeSource.PATROL, String.valueOf(id));
        }
        return id;
    }

    /** A dispute submission (矛盾纠纷) the caller may see. */
    private Long disputeSubmission(long id) {
        try {
            if (submissions.get(id).submission().getType() == SubmissionType.DISPUTE) {
                return id;
            }
        } catch (SubmissionNotFoundException e) {
            // not one the caller may turn into anything: said below like any other unfit source
        }
        throw new InvalidDisputeSourceException(DisputeSource.SUBMISSION, String.valueOf(id));
    }

    /** A referred consultation of an event in the caller's scope. */
    private Long referredConsultation(long id, DisputeCaller who) {
        // One query: filing runs without a transaction, so nothing lazy could be read after it.
        Optional<String> eventArea = em.createQuery(
                        "select c.event.area.path from Consultation c where c.id = :id and c.outcome = :referred", String.class)
                .setParameter("id", id)
                .setParameter("referred", Outcome.REFERRED)
                .getResultStream().findFirst();
        if (eventArea.isEmpty() || !DisputeScope.mayFileIn(eventArea.get(), who)) {
            throw new InvalidDisputeSourceException(DisputeSource.CONSULTATION, String.valueOf(id));
        }
        return id;
    }

    private void requireNotTaken(DisputeSource source, long sourceId) {
        linked(source, sourceId).ifPresent(d -> {
            throw new DisputeSourceTakenException(d.getNumber());
        });
    }

    private Optional<Dispute> linked(DisputeSource source, long sourceId) {
        String column = switch (source) {
            case SUBMISSION -> "d.submission.id";
            case CONSULTATION -> "d.consultation.id";
            case PATROL -> "d.patrolId";
            case SCREENING -> null;
        };
        if (column == null) {
            return Optional.empty();
        }
        return em.createQuery("select d from Dispute d where " + column + " = :id order by d.id", Dispute.class)
                .setParameter("id", sourceId)
                .getResultStream().findFirst();
    }

    private DisputeKind kind(String idOrName) {
        String key = idOrName.strip();
        return choices.active(DisputeKind.LIST).stream()
                .filter(k -> String.valueOf(k.getId()).equals(key) || k.getName().equals(key) || k.getNameEn().equalsIgnoreCase(key))
                .findFirst()
                .orElseThrow(() -> new DisputeKindNotFoundException(key));
    }

    private DisputeCaller who() {
        return DisputeCaller.of(me());
    }

    /** The caller's account with what {@link DisputeCaller} needs, usable after the transaction (filing runs without one). */
    private Account me() {
        return em.createQuery("select a from Account a left join fetch a.qualifications where a.username = :u", Account.class)
                .setParameter("u", currentCaller.get().username())
                .getSingleResult();
    }

    private Optional<Dispute> byClientId(Account filer, NewDispute filed) {
        return em.createQuery("select d from Dispute d where d.filedBy = :who and d.clientId = :client", Dispute.class)
                .setParameter("who", filer)
                .setParameter("client", filed.clientId())
                .getResultStream().findFirst();
    }

    private static void require(boolean given, DisputeAction action, String field) {
        if (!given) {
            throw new ActionFieldRequiredException(action, field);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
