package org.sanling.legalaid;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's legal-aid events: the past year and the next month, every kind, staffed, on the seeded topics. */
class DemoEventSpecTest {

    /** The topics V6__legal_aid.sql seeds. */
    private static final Set<String> TOPICS = Set.of("民法典", "反诈", "劳动争议", "婚姻家庭", "物业纠纷", "未成年人保护", "邻里纠纷",
            "消费维权", "其他");

    @Test
    void theEventsSpanThePastYearAndTheNextMonthInEveryKind() {
        List<DemoEventSpec> specs = DemoEventSpec.readAll();

        assertEquals(25, specs.size());
        assertTrue(specs.stream().allMatch(s -> s.day() >= -365 && s.day() <= 31), "within the past year and the next month");
        assertTrue(specs.stream().anyMatch(s -> s.day() < 0) && specs.stream().anyMatch(s -> s.day() > 0));
        assertEquals(Set.of(EventKind.values()), Set.copyOf(specs.stream().map(DemoEventSpec::kind).toList()));
        for (DemoEventSpec spec : specs) {
            assertTrue(TOPICS.containsAll(spec.topics()), spec.title() + ": " + spec.topics());
            assertTrue(spec.places().containsKey(StaffRole.LAWYER), spec.title() + " has a lawyer");
            assertTrue(spec.hours() >= 1 && spec.hours() <= 12, spec.title());
        }
    }

    @Test
    void aLineGivesEveryFieldAndLeavesRolesWithoutPlacesOut() {
        DemoEventSpec spec = DemoEventSpec.parse("梦萦小区\tINFO_BOOTH\t反诈宣传\t-3\t09:30\t2\t反诈、消费维权\t1\t0\t3\t文化广场");

        assertEquals(new DemoEventSpec("梦萦小区", EventKind.INFO_BOOTH, "反诈宣传", -3, LocalTime.of(9, 30), 2, List.of("反诈", "消费维权"),
                Map.of(StaffRole.LAWYER, 1, StaffRole.VOLUNTEER, 3), "文化广场"), spec);
        assertEquals(List.of(StaffRole.LAWYER, StaffRole.VOLUNTEER), List.copyOf(spec.places().keySet()), "in the order of the roles");
        assertThrows(IllegalArgumentException.class, () -> DemoEventSpec.parse("梦萦小区\tINFO_BOOTH"));
    }
}
