package org.sanling.supervision;

import org.junit.jupiter.api.Test;
import org.sanling.account.Caller;
import org.sanling.platform.Role;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The list each person starts from when they name none. */
class SubmissionViewTest {

    private static final String DISTRICT = "410702/";
    private static final String GRID = "410702/410702001/410702001001/410702001001001/";

    private static Caller caller(String home, Long department, Role... roles) {
        return new Caller("u", "U", Set.of(roles), "c", "n", home, department);
    }

    @Test
    void leadersAndGridHandlersStartFromTheirAreaADepartmentFromItsQueueOthersFromTheirOwn() {
        assertEquals(SubmissionView.SCOPE, SubmissionView.defaultFor(caller(DISTRICT, null, Role.ADMIN)));
        assertEquals(SubmissionView.SCOPE, SubmissionView.defaultFor(caller(DISTRICT, null, Role.LEADER)));
        assertEquals(SubmissionView.SCOPE, SubmissionView.defaultFor(caller(GRID, null, Role.HANDLER)));
        assertEquals(SubmissionView.ASSIGNED, SubmissionView.defaultFor(caller(DISTRICT, 7L, Role.HANDLER)),
                "a department's handler governs no area, though at home in the whole district");
        assertEquals(SubmissionView.MINE, SubmissionView.defaultFor(caller(GRID, null, Role.SUPERVISOR)));
        assertEquals(SubmissionView.MINE, SubmissionView.defaultFor(caller(GRID, null, Role.VOLUNTEER)));
    }
}
