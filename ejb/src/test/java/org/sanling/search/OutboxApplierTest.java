package org.sanling.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanling.searchindex.DocumentKind;
import org.sanling.searchindex.Rebuild;
import org.sanling.searchindex.SearchDocument;
import org.sanling.searchindex.SearchIndex;
import org.sanling.searchindex.SearchRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The crash path and the rebuild swap of the outbox indexer, on a real index on disk and an outbox
 * kept in memory: what the database has committed is what the index ends up with, each change once.
 */
class OutboxApplierTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    private final FakeDatabase database = new FakeDatabase();
    private SearchIndex index;

    @AfterEach
    void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    @Test
    void rowsPendingWhenTheNodeStopsAreAppliedFromTheRecordedSequenceAtRestartExactlyOnce() throws IOException {
        index = SearchIndex.open(root);
        database.save(1, "路灯不亮甲");
        database.save(2, "井盖缺失乙");
        database.save(3, "垃圾满溢丙");
        assertEquals(3, new OutboxApplier(index, database, 2, 0, CLOCK).applyPending());
        assertEquals(3, index.committedSequence().orElseThrow());

        // The database commits three more changes; the node writes one of them to the index but dies before its commit.
        database.save(4, "噪音扰民丁");
        database.save(2, "井盖已补戊");
        database.delete(3);
        index.upsert(database.rows.get(4L));
        index.close();

        index = SearchIndex.open(root);
        assertEquals(3, index.committedSequence().orElseThrow(), "the uncommitted write died with the node");
        database.asked.clear();
        assertEquals(3, new OutboxApplier(index, database, 2, 0, CLOCK).applyPending());

        assertEquals(3L, database.asked.get(0), "resumes after the recorded sequence, not from the start");
        assertEquals(6, index.committedSequence().orElseThrow());
        assertEquals(3, index.documentCount(), "submissions 1, 2 and 4, each once");
        for (String word : List.of("甲", "戊", "丁")) {
            assertEquals(1, total(word), word);
        }
        assertEquals(0, total("乙"), "the old title of 2 is gone");
        assertEquals(0, total("丙"), "the deleted submission is gone");
        assertEquals(0, new OutboxApplier(index, database, 2, 0, CLOCK).applyPending(), "nothing is applied twice");
    }

    @Test
    void aRebuildKeepsTheChangesCommittedWhileItReadTheDatabase() throws IOException {
        index = SearchIndex.open(root);
        database.save(1, "路灯不亮甲");
        database.save(2, "井盖缺失乙");
        OutboxApplier applier = new OutboxApplier(index, database, 500, 0, CLOCK);
        applier.applyPending();

        Rebuild rebuild = index.beginRebuild();
        long sequence = database.lastSequence();
        for (SearchDocument row : List.copyOf(database.rows.values())) {
            rebuild.add(row);
        }
        // After the rebuild read them: 2 changes and 5 is filed; the old index, still live, takes both.
        database.save(2, "井盖已补戊");
        database.save(5, "占道经营己");
        applier.applyPending();
        assertEquals(1, total("己"), "searches are served from the old index while the rebuild runs");

        applier.swapIn(rebuild, sequence);

        assertEquals(database.lastSequence(), index.committedSequence().orElseThrow());
        assertEquals(3, index.documentCount());
        assertEquals(1, total("戊"));
        assertEquals(0, total("乙"));
        assertEquals(1, total("己"));
    }

    @Test
    void aRowWhoseTransactionCommitsAfterALaterOneIsAppliedWhenItAppears() throws IOException {
        index = SearchIndex.open(root);
        OutboxApplier applier = new OutboxApplier(index, database, 500, 0, CLOCK);
        database.save(1, "路灯不亮甲");
        long late = database.reserve(); // written by a transaction still running
        database.save(3, "垃圾满溢丙");
        applier.applyPending();
        assertEquals(3, index.committedSequence().orElseThrow());

        database.commitReserved(late, 2, "井盖缺失乙");
        applier.applyPending();

        assertEquals(1, total("乙"), "the late row was applied although a later one was applied before it");
        assertEquals(3, index.documentCount());
    }

    @Test
    void afterARestartTheLastRowsBeforeTheRecordedSequenceAreAppliedAgain() throws IOException {
        index = SearchIndex.open(root);
        database.save(1, "路灯不亮甲");
        long late = database.reserve();
        database.save(3, "垃圾满溢丙");
        new OutboxApplier(index, database, 500, 0, CLOCK).applyPending();
        index.close();
        database.commitReserved(late, 2, "井盖缺失乙"); // commits while the node is down

        index = SearchIndex.open(root);
        new OutboxApplier(index, database, 500, 10, CLOCK).applyPending();

        assertEquals(1, total("乙"));
        assertEquals(3, index.committedSequence().orElseThrow(), "the recorded sequence never goes back");
    }

    @Test
    void consultationRowsAreIndexedBesideSubmissionsWithTheSameDatabaseId() throws IOException {
        index = SearchIndex.open(root);
        database.save(1, "路灯不亮甲");
        database.saveConsultation(1, "劳动争议：拖欠工资乙");
        database.announceUnknown(1);
        OutboxApplier applier = new OutboxApplier(index, database, 500, 0, CLOCK);

        assertEquals(3, applier.applyPending(), "a row of an entity this version does not index is passed over");
        assertEquals(1, applier.unknownChanges(), "counted, not dropped in silence");
        assertEquals(3, index.committedSequence().orElseThrow(), "and does not hold up the index's sequence");

        assertEquals(2, index.documentCount());
        assertEquals(1, total("甲"));
        assertEquals(1, total("乙"));
    }

    @Test
    void anIndexMadeFromAnotherDatabaseIsEmptiedAndFilledFromThisOutbox() throws IOException {
        index = SearchIndex.open(root);
        FakeDatabase other = new FakeDatabase();
        for (long id = 1; id <= 5; id++) {
            other.save(id, "别处的旧诉求庚" + id);
        }
        new OutboxApplier(index, other, 500, 0, CLOCK).applyPending();
        index.close();

        // This node now runs on a database whose outbox has not reached the index's sequence 5.
        index = SearchIndex.open(root);
        database.save(1, "路灯不亮甲");
        database.save(2, "井盖缺失乙");
        assertEquals(2, new OutboxApplier(index, database, 500, 10, CLOCK).applyPending());

        assertEquals(2, index.committedSequence().orElseThrow());
        assertEquals(2, index.documentCount(), "only this database's submissions");
        assertEquals(1, total("甲"));
        assertEquals(1, total("乙"));
        assertEquals(0, total("庚"));
        database.save(3, "垃圾满溢丙");
        assertEquals(1, new OutboxApplier(index, database, 500, 0, CLOCK).applyPending(), "and it follows the outbox from there");
    }

    private long total(String word) throws IOException {
        return index.search(SearchRequest.builder().query(word).build()).total();
    }

    /** Submissions and the outbox as the database holds them after commit. */
    private static final class FakeDatabase implements OutboxApplier.Source {

        final Map<Long, SearchDocument> rows = new TreeMap<>();
        final Map<Long, SearchDocument> consultations = new TreeMap<>();
        final List<OutboxApplier.Change> outbox = new ArrayList<>();
        /** The sequences the applier asked to read after, in order. */
        final List<Long> asked = new ArrayList<>();

        /** Rows taken by transactions still running: their sequence is taken but they are not visible. */
        final java.util.Set<Long> reserved = new java.util.TreeSet<>();

        long reserve() {
            long sequence = lastSequence() + 1;
            reserved.add(sequence);
            outbox.add(new OutboxApplier.Change(sequence, java.util.Optional.empty(), 0));
            return sequence;
        }

        void commitReserved(long sequence, long id, String title) {
            rows.put(id, document(id, title));
            outbox.replaceAll(c -> c.sequence() == sequence ? new OutboxApplier.Change(sequence, IndexedEntity.SUBMISSION, id) : c);
            reserved.remove(sequence);
        }

        void save(long id, String title) {
            rows.put(id, document(id, title));
            announce(id);
        }

        private static SearchDocument document(long id, String title) {
            return new SearchDocument(IndexedEntity.SUBMISSION.documentId(id), DocumentKind.SUBMISSION, "SQ-" + id, title,
                    "内容", "410702001", "西街街道", List.of("410702", "410702001"), "COMPLAINT", "环境卫生",
                    "SUBMITTED", Instant.parse("2026-05-01T02:00:00Z"), false, 0);
        }

        void saveConsultation(long id, String title) {
            consultations.put(id, new SearchDocument(IndexedEntity.CONSULTATION.documentId(id), DocumentKind.CONSULTATION, null, title,
                    "普法宣传进社区", "410702001", "西街街道", List.of("410702", "410702001"), null, "劳动争议",
                    "ANSWERED", Instant.parse("2026-05-01T02:00:00Z"), false, 0));
            announce(IndexedEntity.CONSULTATION, id);
        }

        void delete(long id) {
            rows.remove(id);
            announce(id);
        }

        private void announce(long id) {
            announce(IndexedEntity.SUBMISSION, id);
        }

        void announce(IndexedEntity entity, long id) {
            outbox.add(new OutboxApplier.Change(lastSequence() + 1, entity, id));
        }

        /** A row written by a newer version, naming an entity this one does not index. */
        void announceUnknown(long id) {
            outbox.add(new OutboxApplier.Change(lastSequence() + 1, java.util.Optional.empty(), id));
        }

        @Override
        public long lastSequence() {
            return outbox.isEmpty() ? 0 : outbox.get(outbox.size() - 1).sequence();
        }

        @Override
        public List<OutboxApplier.Change> changesAfter(long sequence, int max) {
            asked.add(sequence);
            return visible().filter(c -> c.sequence() > sequence).limit(max).toList();
        }

        @Override
        public List<OutboxApplier.Change> changesIn(java.util.Collection<Long> sequences) {
            return visible().filter(c -> sequences.contains(c.sequence())).toList();
        }

        private java.util.stream.Stream<OutboxApplier.Change> visible() {
            return outbox.stream().filter(c -> !reserved.contains(c.sequence()));
        }

        @Override
        public List<SearchDocument> documents(IndexedEntity entity, List<Long> ids) {
            Map<Long, SearchDocument> table = entity == IndexedEntity.SUBMISSION ? rows : consultations;
            return ids.stream().filter(table::containsKey).map(table::get).toList();
        }
    }
}
