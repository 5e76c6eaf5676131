package org.sanling.account;

import org.sanling.platform.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerTest {

    private static final String DISTRICT = "410702/";
    private static final String STREET_A = "410702/410702001/";
    private static final String GRID_IN_A = "410702/410702001/410702001001/410702001001001/";
    private static final String STREET_B = "410702/410702002/";

    private static Caller caller(String homePath, Role... roles) {
        return new Caller("u", "U", Set.of(roles), "c", "n", homePath, null);
    }

    @Test
    void aDepartmentsHandlersGovernNoAreaThoughTheirHomeIsTheDistrict() {
        Caller department = new Caller("dept-urban", "U", Set.of(Role.HANDLER), "410702", "红旗区", DISTRICT, 7L);
        assertFalse(department.governsAnArea());
        assertFalse(department.governs(GRID_IN_A));
        assertTrue(caller(GRID_IN_A, Role.HANDLER).governsAnArea());
        assertTrue(caller(GRID_IN_A, Role.HANDLER).governs(GRID_IN_A));
    }

    @Test
    void leadersGovernTheirSubtreeOnly() {
        Caller leader = caller(STREET_A, Role.LEADER);
        assertTrue(leader.governs(STREET_A));
        assertTrue(leader.governs(GRID_IN_A));
        assertFalse(leader.governs(STREET_B));
        assertFalse(leader.governs(DISTRICT));
    }

    @Test
    void adminsGovernEverything() {
        assertTrue(caller(STREET_A, Role.ADMIN).governs(STREET_B));
    }

    @Test
    void volunteersAndSupervisorsGovernNothingButBrowseTheWholeTree() {
        for (Role role : Set.of(Role.VOLUNTEER, Role.SUPERVISOR)) {
            Caller person = caller(GRID_IN_A, role);
            assertFalse(person.governs(GRID_IN_A), role.name());
            assertTrue(person.canBrowse(STREET_B), role.name());
        }
    }

    @Test
    void scopedStaffBrowseOnlyTheirSubtree() {
        Caller handler = caller(GRID_IN_A, Role.HANDLER);
        assertTrue(handler.canBrowse(GRID_IN_A));
        assertFalse(handler.canBrowse(STREET_A));
        assertFalse(caller(STREET_A, Role.LEADER, Role.VOLUNTEER).canBrowse(STREET_B));
    }

    @Test
    void leadersAndAdminsLeadAreasHandlersOnlyWorkInThem() {
        Caller leader = caller(STREET_A, Role.LEADER);
        Caller handler = caller(GRID_IN_A, Role.HANDLER);
        Caller admin = caller(DISTRICT, Role.ADMIN);

        assertTrue(leader.leadsAnArea() && admin.leadsAnArea());
        assertFalse(handler.leadsAnArea());
        assertTrue(leader.leads(GRID_IN_A));
        assertFalse(leader.leads(STREET_B));
        assertTrue(admin.leads(STREET_B));
        assertFalse(handler.leads(GRID_IN_A), "a grid's handler works in it but does not lead it");
    }

    @Test
    void staffAreAdminsLeadersAndHandlersDepartmentsIncluded() {
        assertTrue(caller(STREET_A, Role.LEADER).isStaff());
        assertTrue(new Caller("dept-urban", "U", Set.of(Role.HANDLER), "410702", "红旗区", DISTRICT, 7L).isStaff());
        assertTrue(caller(DISTRICT, Role.ADMIN).isStaff());
        assertFalse(caller(GRID_IN_A, Role.SUPERVISOR, Role.VOLUNTEER).isStaff());
    }
}
