package org.sanling.supervision;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Readable, gapless numbers per year: SQ-2026-000001, SQ-2026-000002, … The year's counter row is
 * locked until the caller's transaction ends, so two filings never get the same number and a rolled
 * back filing gives its number back.
 */
@Stateless
public class SubmissionNumbers {

    private static final String KIND = "SQ";

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String next(Instant now) {
        int year = now.atZone(DeadlinePolicy.ZONE).getYear();
        em.createNativeQuery("INSERT INTO number_counter (kind, counter_year, last_value) VALUES (?1, ?2, 0) ON CONFLICT DO NOTHING")
                .setParameter(1, KIND).setParameter(2, year).executeUpdate();
        Number last = (Number) em.createNativeQuery(
                        "SELECT last_value FROM number_counter WHERE kind = ?1 AND counter_year = ?2 FOR UPDATE")
                .setParameter(1, KIND).setParameter(2, year).getSingleResult();
        long value = last.longValue() + 1;
        em.createNativeQuery("UPDATE number_counter SET last_value = ?3 WHERE kind = ?1 AND counter_year = ?2")
                .setParameter(1, KIND).setParameter(2, year).setParameter(3, value).executeUpdate();
        return "%s-%d-%06d".formatted(KIND, year, value);
    }
}
