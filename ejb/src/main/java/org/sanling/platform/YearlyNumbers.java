package org.sanling.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Readable, gapless numbers per kind and year: SQ-2026-000001, SQ-2026-000002, … The kind's counter row for the
 * year is locked until the caller's transaction ends, so two records never get the same number and a rolled back
 * one gives its number back. Thread-safe (a stateless bean).
 */
@Stateless
public class YearlyNumbers {

    /** The year a number carries is the year in the district's time. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    private EntityManager em;

    /**
     * The next number of the kind, in the caller's transaction.
     *
     * @param kind the prefix, at most 10 characters (e.g. {@code SQ}, {@code MD})
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String next(String kind, Instant now) {
        return next(kind, now, 1).get(0);
    }

    /**
     * The next {@code count} numbers of the kind, consecutive, in the caller's transaction: one lock of the
     * counter for many records filed together.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<String> next(String kind, Instant now, int count) {
        int year = now.atZone(ZONE).getYear();
        em.createNativeQuery("INSERT INTO number_counter (kind, counter_year, last_value) VALUES (?1, ?2, 0) ON CONFLICT DO NOTHING")
                .setParameter(1, kind).setParameter(2, year).executeUpdate();
        Number last = (Number) em.createNativeQuery(
                        "SELECT last_value FROM number_counter WHERE kind = ?1 AND counter_year = ?2 FOR UPDATE")
                .setParameter(1, kind).setParameter(2, year).getSingleResult();
        long first = last.longValue() + 1;
        em.createNativeQuery("UPDATE number_counter SET last_value = ?3 WHERE kind = ?1 AND counter_year = ?2")
                .setParameter(1, kind).setParameter(2, year).setParameter(3, first + count - 1).executeUpdate();
        return LongStream.range(first, first + count).mapToObj(value -> "%s-%d-%06d".formatted(kind, year, value)).toList();
    }
}
