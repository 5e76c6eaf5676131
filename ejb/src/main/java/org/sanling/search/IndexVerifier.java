package org.sanling.search;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sanling.platform.Role;
import org.sanling.searchindex.MonthTally;
import org.sanling.searchindex.SearchDocument;
import org.sanling.searchindex.SearchIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks this node's search index against the database and repairs what differs, through the outbox
 * indexer's own path ({@link OutboxIndexer#repair}). Per kind and month of creation it compares the count
 * and a checksum of ids and stamps ({@link MonthTally}); only for months that differ does it read the ids,
 * and re-indexes the rows the index lacks or holds an older state of, and deletes documents whose row is
 * gone. The outbox is applied first, so that changes on their way are not taken for differences. Both sides
 * are read as streams of a few numbers per row, never as entities. Thread-safe (a stateless bean).
 */
@Stateless
@DeclareRoles(Role.ADMIN_NAME)
public class IndexVerifier {

    private static final int FETCH_SIZE = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SearchIndexes indexes;

    @Inject
    private OutboxIndexer indexer;

    @Inject
    private DocumentSources sources;

    @Inject
    private Clock clock;

    /**
     * Checks and repairs this node's index, and records what it did; run by a job, without a caller.
     *
     * @param node this node's name, as the job history names it
     */
    @PermitAll
    public IndexVerification verify(String node) {
        Instant started = clock.instant();
        indexer.applyPending();
        try {
            SearchIndex index = indexes.index();
            index.refresh();
            Tally total = new Tally();
            for (IndexedEntity entity : IndexedEntity.values()) {
                verify(index, entity, total);
            }
            IndexVerification verification = new IndexVerification(node, started, clock.instant(), total.rows,
                    total.documents, total.monthsDiffering, total.missing, total.stale, total.deleted);
            em.persist(verification);
            return verification;
        } catch (IOException e) {
            throw new UncheckedIOException("verifying the search index failed", e);
        }
    }

    /** The latest check of any node's index. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<IndexVerification> latest() {
        return em.createQuery("select v from IndexVerification v order by v.startedAt desc, v.id desc", IndexVerification.class)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** What one check found, summed over the kinds. */
    private static final class Tally {
        long rows;
        long documents;
        int monthsDiffering;
        int missing;
        int stale;
        int deleted;
    }

    private void verify(SearchIndex index, IndexedEntity entity, Tally total) throws IOException {
        SortedMap<YearMonth, MonthTally> database = tallies(entity);
        SortedMap<YearMonth, MonthTally> indexed = index.tallies(entity.kind());
        total.rows += database.values().stream().mapToLong(MonthTally::count).sum();
        total.documents += indexed.values().stream().mapToLong(MonthTally::count).sum();
        TreeSet<YearMonth> months = new TreeSet<>(database.keySet());
        months.addAll(indexed.keySet());
        List<Long> repair = new ArrayList<>();
        int extra = 0;
        for (YearMonth month : months) {
            if (database.getOrDefault(month, MonthTally.NONE).equals(indexed.getOrDefault(month, MonthTally.NONE))) {
                continue;
            }
            total.monthsDiffering++;
            Map<String, Long> rows = stamps(entity, month);
            Map<String, Long> documents = index.stamps(entity.kind(), month);
            for (Map.Entry<String, Long> row : rows.entrySet()) {
                Long indexedStamp = documents.get(row.getKey());
                if (indexedStamp == null) {
                    total.missing++;
                } else if (!indexedStamp.equals(row.getValue())) {
                    total.stale++;
                } else {
                    continue;
                }
                repair.add(entity.databaseId(row.getKey()).orElseThrow());
            }
            for (String id : documents.keySet()) {
                if (!rows.containsKey(id)) {
                    entity.databaseId(id).ifPresent(repair::add);
                    extra++;
                }
            }
        }
        if (!repair.isEmpty()) {
            int deleted = indexer.repair(entity, repair);
            total.deleted += deleted;
            // A document in the wrong month whose row exists was re-indexed, not deleted.
            total.stale += Math.max(0, extra - deleted);
        }
    }

    /** The database's tally per month of creation, from one stream over the rows' ids, stamps and creation times. */
    private SortedMap<YearMonth, MonthTally> tallies(IndexedEntity entity) {
        Map<YearMonth, MonthTally> tallies = new HashMap<>();
        try (Stream<Object[]> rows = stream(em.createQuery(sources.of(entity).stampQuery(), Object[].class))) {
            rows.forEach(row -> tallies.compute(month((Instant) row[2]),
                    (month, tally) -> (tally == null ? MonthTally.NONE : tally).plus(entity.documentId((Long) row[0]), (Long) row[1])));
        }
        return new TreeMap<>(tallies);
    }

    /** The stamps of the rows created in the month, by their documents' ids. */
    private Map<String, Long> stamps(IndexedEntity entity, YearMonth month) {
        Map<String, Long> stamps = new HashMap<>();
        TypedQuery<Object[]> query = em.createQuery(sources.of(entity).stampQuery() + " where e.createdAt >= :from and e.createdAt < :to",
                        Object[].class)
                .setParameter("from", month.atDay(1).atStartOfDay(SearchDocument.MONTH_ZONE).toInstant())
                .setParameter("to", month.plusMonths(1).atDay(1).atStartOfDay(SearchDocument.MONTH_ZONE).toInstant());
        try (Stream<Object[]> rows = stream(query)) {
            rows.forEach(row -> stamps.put(entity.documentId((Long) row[0]), (Long) row[1]));
        }
        return stamps;
    }

    private static Stream<Object[]> stream(TypedQuery<Object[]> query) {
        return query.setHint("org.hibernate.fetchSize", FETCH_SIZE).getResultStream();
    }

    private static YearMonth month(Instant createdAt) {
        return YearMonth.from(createdAt.atZone(SearchDocument.MONTH_ZONE));
    }
}
