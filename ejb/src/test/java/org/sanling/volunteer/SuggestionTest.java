package org.sanling.volunteer;

import org.junit.jupiter.api.Test;
import org.sanling.account.Account;
import org.sanling.platform.Role;
import org.sanling.area.Area;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestionTest {

    private static Account volunteer(String username) {
        return new Account(username, username, null, Area.district("410702", "红旗区"), Set.of(Role.VOLUNTEER), "x", Instant.EPOCH);
    }

    @Test
    void levelsSharedCountFromTheRootOfTheTree() {
        assertEquals(3, Suggestion.sharedLevels("410702/410702001/410702001001/", "410702/410702001/410702001001/"));
        assertEquals(2, Suggestion.sharedLevels("410702/410702001/410702001002/", "410702/410702001/410702001001/"));
        assertEquals(1, Suggestion.sharedLevels("410702/410702002/", "410702/410702001/410702001001/"));
    }

    @Test
    void freeVolunteersComeFirstThenSkillsThenClosenessThenFewestRecentHours() {
        var busyButPerfect = new Suggestion(volunteer("busy"), false, 3, 3, 0, Set.of());
        var skilled = new Suggestion(volunteer("skilled"), true, 2, 1, 900, Set.of());
        var nearby = new Suggestion(volunteer("nearby"), true, 1, 3, 900, Set.of());
        var nearbyRested = new Suggestion(volunteer("rested"), true, 1, 3, 60, Set.of());
        var far = new Suggestion(volunteer("far"), true, 1, 1, 0, Set.of());
        List<Suggestion> ranked = new ArrayList<>(List.of(busyButPerfect, far, nearby, skilled, nearbyRested));
        ranked.sort(Suggestion.BEST_FIRST);
        assertEquals(List.of("skilled", "rested", "nearby", "far", "busy"), ranked.stream().map(s -> s.volunteer().getUsername()).toList());
    }
}
