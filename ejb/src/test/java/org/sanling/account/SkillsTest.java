package org.sanling.account;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SkillsTest {

    @Test
    void skillsAreTrimmedDeduplicatedIgnoringCaseAndBlanksDropped() {
        assertEquals(List.of("First aid", "急救"), List.copyOf(Skills.normalized(Arrays.asList(" 急救 ", "First aid", "first AID", "", null, "急救"))));
    }

    @Test
    void matchingCountsWantedSkillsThePersonHasIgnoringCase() {
        assertEquals(2, Skills.matching(List.of("急救", "Driving", "摄影"), List.of("driving", "急救", "手语")));
        assertEquals(0, Skills.matching(List.of(), List.of("急救")));
    }
}
