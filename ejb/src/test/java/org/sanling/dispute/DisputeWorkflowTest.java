package org.sanling.dispute;

import org.junit.jupiter.api.Test;
import org.sanling.account.Account;
import org.sanling.account.Qualification;
import org.sanling.platform.Role;
import org.sanling.area.Area;
import org.sanling.area.AreaKind;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may do what to a dispute in which state, role by role, and who sees it and its parties' phones. */
class DisputeWorkflowTest {

    private final Instant now = Instant.parse("2026-11-26T02:00:00Z");
    private final Area district = Area.district("410702", "红旗区");
    private final Area streetA = district.newChild(1, "西街街道", AreaKind.STREET);
    private final Area streetB = district.newChild(2, "东街街道", AreaKind.STREET);
    private final Area community = streetA.newChild(1, "梦萦小区", AreaKind.COMMUNITY);
    private final Area otherCommunity = streetA.newChild(2, "星海国际小区", AreaKind.COMMUNITY);
    private final Area grid = community.newChild(1, "梦萦小区第1网格", AreaKind.COMPREHENSIVE_GRID);

    private final Account handler = account("handler-a", grid, Role.HANDLER);
    private final Account mediator = qualified(account("mediator-01", otherCommunity, Role.VOLUNTEER), Qualification.MEDIATOR);
    private final DisputeCaller handlerA = DisputeCaller.of(handler);
    private final DisputeCaller mediatorA = DisputeCaller.of(mediator);
    private final DisputeCaller lawyerB = DisputeCaller.of(qualified(account("lawyer-02", streetB, Role.VOLUNTEER), Qualification.LAWYER));
    private final DisputeCaller leaderA = DisputeCaller.of(account("street-leader-a", streetA, Role.LEADER));
    private final DisputeCaller leaderB = DisputeCaller.of(account("street-leader-b", streetB, Role.LEADER));
    private final DisputeCaller volunteer = DisputeCaller.of(account("volunteer-a", community, Role.VOLUNTEER));
    private final DisputeCaller supervisor = DisputeCaller.of(account("supervisor-a", community, Role.SUPERVISOR));
    private final DisputeCaller admin = DisputeCaller.of(account("admin", district, Role.ADMIN));

    private final Dispute dispute = new Dispute("MD-2026-000001", handler,
            new NewDispute(UUID.randomUUID(), grid.getCode(), "楼上漏水", "502漏水至402，双方争吵。", "邻里纠纷", RiskLevel.HIGH,
                    "扬言报复", List.of(new NewParty("李建国", "13812345678", "申请方")), null, null),
            new DisputeKind("邻里纠纷", "Neighbour dispute", 1), grid, now);

    private static Account account(String username, Area home, Role role) {
        return new Account(username, username, null, home, Set.of(role), "hash", Instant.EPOCH);
    }

    private static Account qualified(Account account, Qualification qualification) {
        account.changeQualifications(Set.of(qualification));
        return account;
    }

    private void take(DisputeAction action) {
        Account assigned = action == DisputeAction.ASSIGN ? mediator : null;
        MediationSession session = action == DisputeAction.MEDIATE
                ? new MediationSession(dispute, now, "调解室", "双方", "初步同意", "mediator-01") : null;
        dispute.apply(action, assigned, session, "赔偿2000元", ReferralTarget.COURT, "test", "note", now);
    }

    @Test
    void aNewDisputeIsScreenedWithItsFilingOnTheTimelineAndOnlyThoseWhoGovernTheAreaAssignIt() {
        assertEquals(DisputeStatus.SCREENED, dispute.getStatus());
        assertEquals("FILE", dispute.getTimeline().get(0).getAction());
        assertEquals(EnumSet.of(DisputeAction.ASSIGN), DisputeWorkflow.allowed(dispute, leaderA));
        assertEquals(EnumSet.of(DisputeAction.ASSIGN), DisputeWorkflow.allowed(dispute, handlerA));
        assertEquals(EnumSet.of(DisputeAction.ASSIGN), DisputeWorkflow.allowed(dispute, admin));
        for (DisputeCaller nobody : List.of(mediatorA, lawyerB, leaderB, volunteer, supervisor)) {
            assertEquals(Set.of(), DisputeWorkflow.allowed(dispute, nobody), nobody.username());
        }
    }

    @Test
    void theMediatorMediatesAndResolvesThenTheReturnVisitIsDueThirtyDaysAfterAndClosesIt() {
        take(DisputeAction.ASSIGN);
        assertEquals(EnumSet.of(DisputeAction.MEDIATE), DisputeWorkflow.allowed(dispute, mediatorA));
        assertEquals(EnumSet.of(DisputeAction.ASSIGN), DisputeWorkflow.allowed(dispute, handlerA), "may name another");
        assertEquals(EnumSet.of(DisputeAction.ASSIGN, DisputeAction.MEDIATE), DisputeWorkflow.allowed(dispute, leaderA));
        take(DisputeAction.MEDIATE);
        assertEquals(EnumSet.of(DisputeAction.MEDIATE, DisputeAction.RESOLVE, DisputeAction.FAIL),
                DisputeWorkflow.allowed(dispute, mediatorA));
        assertEquals(Set.of(), DisputeWorkflow.allowed(dispute, handlerA), "a handler who does not mediate it waits");
        assertNull(dispute.getFollowUpDue());
        take(DisputeAction.RESOLVE);
        assertEquals("赔偿2000元", dispute.getAgreement());
        assertEquals(now.plus(Duration.ofDays(30)), dispute.getFollowUpDue());
        assertEquals(EnumSet.of(DisputeAction.FOLLOW_UP), DisputeWorkflow.allowed(dispute, mediatorA));
        take(DisputeAction.FOLLOW_UP);
        assertEquals(EnumSet.of(DisputeAction.CLOSE), DisputeWorkflow.allowed(dispute, handlerA));
        take(DisputeAction.CLOSE);
        assertEquals(DisputeStatus.CLOSED, dispute.getStatus());
        for (DisputeCaller anybody : List.of(mediatorA, leaderA, handlerA, admin)) {
            assertEquals(Set.of(), DisputeWorkflow.allowed(dispute, anybody), anybody.username());
        }
        assertEquals(List.of("FILE", "ASSIGN", "MEDIATE", "RESOLVE", "FOLLOW_UP", "CLOSE"),
                dispute.getTimeline().stream().map(DisputeStep::getAction).toList());
        assertEquals(1, dispute.getSessions().size());
    }

    @Test
    void aFailedMediationIsReferredBeforeItsReturnVisitAndNothingSkipsAStep() {
        take(DisputeAction.ASSIGN);
        take(DisputeAction.MEDIATE);
        take(DisputeAction.FAIL);
        assertEquals(EnumSet.of(DisputeAction.REFER), DisputeWorkflow.allowed(dispute, mediatorA));
        assertNull(dispute.getFollowUpDue(), "no return visit before it is referred");
        take(DisputeAction.REFER);
        assertEquals(ReferralTarget.COURT, dispute.getReferredTo());
        assertEquals(DisputeStatus.REFERRED, dispute.getStatus());
        assertEquals(EnumSet.of(DisputeAction.FOLLOW_UP), DisputeWorkflow.allowed(dispute, leaderA));
        assertEquals(Set.of(), DisputeWorkflow.allowed(dispute, leaderB));
    }

    @Test
    void theStreetsMediatorsAndTheAreasStaffSeeItNobodyElseAndOnlyLeadersSeePhonesWhole() {
        for (DisputeCaller sees : List.of(handlerA, mediatorA, leaderA, admin)) {
            assertTrue(DisputeScope.visible(dispute, sees), sees.username());
        }
        for (DisputeCaller not : List.of(lawyerB, leaderB, volunteer, supervisor)) {
            assertFalse(DisputeScope.visible(dispute, not), not.username());
        }
        assertTrue(DisputeScope.phonesVisible(dispute, leaderA));
        assertTrue(DisputeScope.phonesVisible(dispute, admin));
        assertFalse(DisputeScope.phonesVisible(dispute, handlerA));
        assertFalse(DisputeScope.phonesVisible(dispute, mediatorA));
        assertTrue(DisputeScope.mayFileIn(grid.getPath(), mediatorA), "a mediator files in the whole street");
        assertFalse(DisputeScope.mayFileIn(streetB.getPath(), mediatorA));
        assertFalse(DisputeScope.mayFileIn(otherCommunity.getPath(), handlerA), "a handler only below home");
    }

    @Test
    void aStreetIsTheFirstTwoLevelsOfAnAreasPath() {
        assertEquals(streetA.getPath(), DisputeScope.streetPath(grid.getPath()));
        assertEquals(streetA.getPath(), DisputeScope.streetPath(streetA.getPath()));
        assertEquals(district.getPath(), DisputeScope.streetPath(district.getPath()));
        assertEquals("410702001", DisputeScope.streetCode(grid.getPath()));
        assertEquals("410702", DisputeScope.streetCode(district.getPath()));
    }
}
