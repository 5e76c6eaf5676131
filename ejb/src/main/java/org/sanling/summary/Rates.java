package org.sanling.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as the summaries show them. */
final class Rates {

    private Rates() {
    }

    /** {@code part} per {@code whole} in percent with one decimal, rounded half up; null when {@code whole} is 0. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
