package org.sanling.supervision;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EscalationRuleTest {

    private static final List<String> GRID_IN_STREET_A = List.of("410702", "410702001", "410702001001", "410702001001001");

    @Test
    void climbsToTheNearestAreaWithLeadersThenOnUpToTheTop() {
        // The community has no leader: the first escalation goes to the street, the next to the district.
        Set<String> led = Set.of("410702", "410702001");
        assertEquals(Optional.of("410702001"), EscalationRule.nextLevelUp(GRID_IN_STREET_A, null, led::contains));
        assertEquals(Optional.of("410702"), EscalationRule.nextLevelUp(GRID_IN_STREET_A, "410702001", led::contains));
        assertEquals(Optional.empty(), EscalationRule.nextLevelUp(GRID_IN_STREET_A, "410702", led::contains));
    }

    @Test
    void aLedCommunityIsTheFirstLevelUp() {
        assertEquals(Optional.of("410702001001"),
                EscalationRule.nextLevelUp(GRID_IN_STREET_A, null, code -> true));
    }

    @Test
    void nobodyLeadsNowhere() {
        assertEquals(Optional.empty(), EscalationRule.nextLevelUp(GRID_IN_STREET_A, null, code -> false));
    }
}
