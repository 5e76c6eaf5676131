package org.sanling.supervision;

import org.junit.jupiter.api.Test;
import org.sanling.account.Account;
import org.sanling.account.Caller;
import org.sanling.platform.Role;
import org.sanling.area.Area;
import org.sanling.area.AreaKind;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who sees a submission filed in a grid of street A, role by role: the rule behind its detail, its photos
 * and the possible duplicates shown while filing ({@code GET /api/v1/submissions/similar}).
 */
class SubmissionVisibilityTest {

    private final Instant now = Instant.parse("2026-11-26T02:00:00Z");
    private final Area district = Area.district("410702", "红旗区");
    private final Area streetA = district.newChild(1, "西街街道", AreaKind.STREET);
    private final Area streetB = district.newChild(2, "东街街道", AreaKind.STREET);
    private final Area communityA = streetA.newChild(1, "梦萦小区", AreaKind.COMMUNITY);
    private final Area gridA = communityA.newChild(1, "梦萦小区第1网格", AreaKind.COMPREHENSIVE_GRID);
    private final Area gridA2 = communityA.newChild(2, "梦萦小区第2网格", AreaKind.COMPREHENSIVE_GRID);
    private final Area communityB = streetB.newChild(1, "东街社区", AreaKind.COMMUNITY);

    private final Account submitter = account("volunteer-b", communityA, Role.VOLUNTEER);
    private final Account gridHandler = account("handler-a", gridA, Role.HANDLER);
    private final Submission submission = new Submission("SQ-2026-000001", UUID.randomUUID(), submitter,
            new NewSubmission(UUID.randomUUID(), SubmissionType.HAZARD, "1", gridA.getCode(), "3号楼", "楼道堆物",
                    "楼道堆满杂物，有消防隐患。", Urgency.NORMAL, SanlingDimension.SAFETY, null, "张三", "13800000000", true),
            new Category("消防安全", "Fire safety", 12, 3, 6), gridA, now);

    private static Account account(String username, Area home, Role... roles) {
        return new Account(username, username, null, home, Set.of(roles), "hash", Instant.EPOCH);
    }

    private static Caller caller(String username, Area home, Role... roles) {
        return Caller.of(account(username, home, roles));
    }

    /** A department's handler: home area the district it serves, member of the department (id 7). */
    private static Caller departmentHandler(Area district) {
        return new Caller("dept-urban", "城市管理局办事员", Set.of(Role.HANDLER), district.getCode(), district.getName(),
                district.getPath(), 7L);
    }

    @Test
    void theSubmitterSeesTheirOwnWhateverTheirRoleAndArea() {
        assertTrue(SubmissionVisibility.visible(submission, Caller.of(submitter)));
        assertFalse(SubmissionVisibility.citizenVisible(submission, Caller.of(submitter)), "the citizen's contact is not theirs");
    }

    @Test
    void volunteersAndSupervisorsSeeNobodyElsesNotEvenInTheirOwnCommunity() {
        for (Caller peer : List.of(caller("volunteer-a", communityA, Role.VOLUNTEER), caller("volunteer-x", communityB, Role.VOLUNTEER),
                caller("supervisor-a", communityA, Role.SUPERVISOR), caller("supervisor-b", streetB, Role.SUPERVISOR))) {
            assertFalse(SubmissionVisibility.visible(submission, peer), peer.username());
        }
    }

    @Test
    void leadersAndHandlersSeeWhatLiesInTheirSubtreeOnly() {
        assertTrue(SubmissionVisibility.visible(submission, caller("street-leader-a", streetA, Role.LEADER)));
        assertTrue(SubmissionVisibility.visible(submission, caller("community-handler", communityA, Role.HANDLER)));
        assertTrue(SubmissionVisibility.visible(submission, Caller.of(gridHandler)));
        assertFalse(SubmissionVisibility.visible(submission, caller("street-leader-b", streetB, Role.LEADER)));
        assertFalse(SubmissionVisibility.visible(submission, caller("handler-a2", gridA2, Role.HANDLER)), "the next grid");
        assertFalse(SubmissionVisibility.visible(submission, caller("handler-b", communityB, Role.HANDLER)));
    }

    @Test
    void onlyTheAreasLeadersAndAdminsLeadItAndSoDispatchAndReadTheCitizen() {
        assertTrue(SubmissionVisibility.leadsArea(submission, caller("street-leader-a", streetA, Role.LEADER)));
        assertTrue(SubmissionVisibility.leadsArea(submission, caller("admin", streetB, Role.ADMIN)));
        assertTrue(SubmissionVisibility.citizenVisible(submission, caller("district-leader", district, Role.LEADER)));
        assertFalse(SubmissionVisibility.leadsArea(submission, caller("street-leader-b", streetB, Role.LEADER)));
        assertFalse(SubmissionVisibility.leadsArea(submission, Caller.of(gridHandler)), "handlers work on it, they do not dispatch");
        assertFalse(SubmissionVisibility.citizenVisible(submission, Caller.of(gridHandler)), "not before it is theirs");
    }

    @Test
    void aDepartmentsHandlerSeesOnlyWhatIsDispatchedToThem() {
        Caller department = departmentHandler(district);
        assertFalse(SubmissionVisibility.visible(submission, department), "a district-wide home area governs nothing");
        Account deptAccount = account("dept-urban", district, Role.HANDLER);
        submission.apply(SubmissionAction.ACCEPT, SubmissionStatus.ACCEPTED, null, "street-leader-a", null, now);
        submission.apply(SubmissionAction.DISPATCH, SubmissionStatus.DISPATCHED, deptAccount, "street-leader-a", null, now);
        assertTrue(SubmissionVisibility.visible(submission, department));
        assertTrue(SubmissionVisibility.citizenVisible(submission, department));
    }
}
