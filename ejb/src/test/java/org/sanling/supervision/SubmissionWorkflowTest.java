package org.sanling.supervision;

import org.junit.jupiter.api.Test;
import org.sanling.account.Account;
import org.sanling.account.Caller;
import org.sanling.account.Department;
import org.sanling.platform.Role;
import org.sanling.area.Area;
import org.sanling.area.AreaKind;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who may do what in which state, role by role. */
class SubmissionWorkflowTest {

    private final Instant now = Instant.parse("2026-11-26T02:00:00Z");
    private final Area district = Area.district("410702", "红旗区");
    private final Area streetA = district.newChild(1, "西街街道", AreaKind.STREET);
    private final Area streetB = district.newChild(2, "东街街道", AreaKind.STREET);
    private final Area community = streetA.newChild(1, "梦萦小区", AreaKind.COMMUNITY);
    private final Area grid = community.newChild(1, "梦萦小区第1网格", AreaKind.COMPREHENSIVE_GRID);

    private final Account supervisor = account("supervisor-a", community, Role.SUPERVISOR);
    private final Account handler = account("handler-a", grid, Role.HANDLER);
    private final Caller supervisorCaller = Caller.of(supervisor);
    private final Caller handlerCaller = Caller.of(handler);
    private final Caller leaderA = Caller.of(account("street-leader-a", streetA, Role.LEADER));
    private final Caller leaderB = Caller.of(account("street-leader-b", streetB, Role.LEADER));
    private final Caller volunteer = Caller.of(account("volunteer-a", community, Role.VOLUNTEER));
    private final Caller admin = Caller.of(account("admin", district, Role.ADMIN));

    private final Submission submission = new Submission("SQ-2026-000001", UUID.randomUUID(), supervisor,
            new NewSubmission(UUID.randomUUID(), SubmissionType.HAZARD, "1", grid.getCode(), "3号楼", "楼道堆物",
                    "楼道堆满杂物，有消防隐患。", Urgency.NORMAL, SanlingDimension.SAFETY, null, null, null, false),
            new Category("消防安全", "Fire safety", 12, 3, 6), grid, now);

    private static Account account(String username, Area home, Role role) {
        return new Account(username, username, null, home, Set.of(role), "hash", Instant.EPOCH);
    }

    private void moveTo(SubmissionAction action, Account assignee) {
        submission.apply(action, SubmissionWorkflow.next(action), assignee, "test", "note", now);
    }

    @Test
    void onlyLeadersOfTheAreaAcceptOrRejectANewSubmission() {
        assertEquals(EnumSet.of(SubmissionAction.ACCEPT, SubmissionAction.REJECT), SubmissionWorkflow.allowed(submission, leaderA));
        assertEquals(EnumSet.of(SubmissionAction.ACCEPT, SubmissionAction.REJECT), SubmissionWorkflow.allowed(submission, admin));
        for (Caller nobody : Set.of(leaderB, supervisorCaller, handlerCaller, volunteer)) {
            assertEquals(Set.of(), SubmissionWorkflow.allowed(submission, nobody), nobody.username());
        }
    }

    @Test
    void onlyAHandlerWhoJustFiledInTheirOwnGridHandlesItOnTheSpot() {
        Submission own = new Submission("SQ-2026-000002", UUID.randomUUID(), handler,
                new NewSubmission(UUID.randomUUID(), SubmissionType.HAZARD, "1", grid.getCode(), null, "电动车楼道充电",
                        "已劝离并拔除插线板。", Urgency.NORMAL, SanlingDimension.NONE, null, null, null, false),
                new Category("消防安全", "Fire safety", 12, 3, 6), grid, now);
        assertEquals(true, SubmissionWorkflow.mayHandleOnSpot(own, handlerCaller));
        Caller handlerElsewhere = Caller.of(account("handler-b", streetB, Role.HANDLER));
        for (Caller nobody : Set.of(leaderA, admin, handlerElsewhere)) {
            assertEquals(false, SubmissionWorkflow.mayHandleOnSpot(own, nobody), nobody.username());
        }
        assertEquals(false, SubmissionWorkflow.mayHandleOnSpot(submission, handlerCaller), "filed by someone else");
        own.apply(SubmissionAction.HANDLE_ON_SPOT, SubmissionWorkflow.next(SubmissionAction.HANDLE_ON_SPOT), handler,
                "handler-a", "已劝离", now);
        assertEquals(SubmissionStatus.RESOLVED, own.getStatus());
        assertEquals(now, own.getResolvedAt());
        assertEquals(false, SubmissionWorkflow.mayHandleOnSpot(own, handlerCaller), "once only");
        assertEquals(EnumSet.of(SubmissionAction.CONFIRM, SubmissionAction.REOPEN), SubmissionWorkflow.allowed(own, handlerCaller));
    }

    @Test
    void theAssignedHandlerStartsAndResolvesWhileLeadersMayRedispatch() {
        moveTo(SubmissionAction.ACCEPT, null);
        assertEquals(EnumSet.of(SubmissionAction.DISPATCH), SubmissionWorkflow.allowed(submission, leaderA));
        moveTo(SubmissionAction.DISPATCH, handler);
        assertEquals(EnumSet.of(SubmissionAction.START), SubmissionWorkflow.allowed(submission, handlerCaller));
        assertEquals(EnumSet.of(SubmissionAction.DISPATCH), SubmissionWorkflow.allowed(submission, leaderA));
        assertEquals(Set.of(), SubmissionWorkflow.allowed(submission, supervisorCaller));
        moveTo(SubmissionAction.START, null);
        assertEquals(EnumSet.of(SubmissionAction.RESOLVE), SubmissionWorkflow.allowed(submission, handlerCaller));
        assertEquals(EnumSet.of(SubmissionAction.RESOLVE, SubmissionAction.DISPATCH), SubmissionWorkflow.allowed(submission, leaderA));
        assertEquals(Set.of(), SubmissionWorkflow.allowed(submission, leaderB));
    }

    @Test
    void onlyTheSubmitterConfirmsOrReopensAndReopeningDispatchesAgain() {
        moveTo(SubmissionAction.ACCEPT, null);
        moveTo(SubmissionAction.DISPATCH, handler);
        moveTo(SubmissionAction.START, null);
        moveTo(SubmissionAction.RESOLVE, null);
        assertEquals(EnumSet.of(SubmissionAction.CONFIRM, SubmissionAction.REOPEN), SubmissionWorkflow.allowed(submission, supervisorCaller));
        assertEquals(Set.of(), SubmissionWorkflow.allowed(submission, leaderA));
        assertEquals(Set.of(), SubmissionWorkflow.allowed(submission, handlerCaller));

        moveTo(SubmissionAction.REOPEN, null);
        assertEquals(SubmissionStatus.DISPATCHED, submission.getStatus());
        assertEquals("handler-a", submission.getAssignee().getUsername());
        assertEquals(EnumSet.of(SubmissionAction.START), SubmissionWorkflow.allowed(submission, handlerCaller));
    }

    @Test
    void anyHandlerOfTheDepartmentMayStartWhatWaitsThereAndNobodyElse() {
        Department urban = new Department("红旗区城市管理局", district);
        setId(urban, 7L);
        Account member = account("dept-urban", district, Role.HANDLER);
        member.joinDepartment(urban);
        moveTo(SubmissionAction.ACCEPT, null);
        submission.routeTo(urban);
        moveTo(SubmissionAction.DISPATCH, null);
        assertEquals(EnumSet.of(SubmissionAction.START), SubmissionWorkflow.allowed(submission, Caller.of(member)));
        assertEquals(Set.of(), SubmissionWorkflow.allowed(submission, handlerCaller), "the grid's handler no longer has it");
        submission.apply(SubmissionAction.START, SubmissionStatus.IN_PROGRESS, member, "dept-urban", null, now);
        assertEquals("dept-urban", submission.getAssignee().getUsername());
    }

    private static void setId(Department department, long id) {
        try {
            var field = Department.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(department, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void finalStatesOfferNothing() {
        moveTo(SubmissionAction.REJECT, null);
        for (Caller anyone : Set.of(leaderA, admin, supervisorCaller, handlerCaller)) {
            assertEquals(Set.of(), SubmissionWorkflow.allowed(submission, anyone));
        }
    }

    @Test
    void everyStepIsOnTheTimeline() {
        moveTo(SubmissionAction.ACCEPT, null);
        moveTo(SubmissionAction.DISPATCH, handler);
        assertEquals(3, submission.getTimeline().size());
        assertEquals("FILE", submission.getTimeline().get(0).getAction());
        assertEquals(SubmissionStatus.DISPATCHED, submission.getTimeline().get(2).getStatusAfter());
    }

    @Test
    void overdueOnlyWhileOpen() {
        Instant late = submission.getDeadline().plusSeconds(1);
        assertEquals(true, submission.isOverdueAt(late));
        moveTo(SubmissionAction.ACCEPT, null);
        moveTo(SubmissionAction.DISPATCH, handler);
        moveTo(SubmissionAction.START, null);
        moveTo(SubmissionAction.RESOLVE, null);
        assertEquals(false, submission.isOverdueAt(late));
    }
}
