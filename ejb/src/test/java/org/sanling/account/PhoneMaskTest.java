package org.sanling.account;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PhoneMaskTest {

    @Test
    void keepsTheFirstThreeAndLastFourDigits() {
        assertEquals("138****5678", PhoneMask.mask("13812345678"));
        assertEquals("138****5678", PhoneMask.mask(" 13812345678 "));
    }

    @Test
    void shortNumbersShowOnlyTheirLastTwoDigits() {
        assertEquals("****78", PhoneMask.mask("345678"));
    }

    @Test
    void nothingStaysNothing() {
        assertNull(PhoneMask.mask(null));
        assertEquals("", PhoneMask.mask(""));
    }
}
