package org.sanling.supervision;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.sanling.platform.YearlyNumbers;

import java.time.Instant;
import java.util.List;

/** Submissions' numbers: SQ-2026-000001, SQ-2026-000002, … gapless per year ({@link YearlyNumbers}). */
@Stateless
public class SubmissionNumbers {

    private static final String KIND = "SQ";

    @Inject
    private YearlyNumbers numbers;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String next(Instant now) {
        return numbers.next(KIND, now);
    }

    /** The next {@code count} numbers, consecutive. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<String> next(Instant now, int count) {
        return numbers.next(KIND, now, count);
    }
}
