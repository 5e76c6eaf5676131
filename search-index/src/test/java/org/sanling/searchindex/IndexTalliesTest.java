package org.sanling.searchindex;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** What the index tells about itself for a comparison with the database: tallies per month and stamps. */
class IndexTalliesTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final YearMonth APRIL = YearMonth.of(2025, 4);

    @TempDir
    Path folder;

    @Test
    void eachMonthIsCountedAndChecksummedOverTheIdsAndStampsOfItsDocumentsOfOneKind() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder)) {
            index.upsert(stamped("S-1", DocumentKind.SUBMISSION, "2025-03-10T02:00:00Z", 3));
            index.upsert(stamped("S-2", DocumentKind.SUBMISSION, "2025-03-31T15:59:59Z", 1));
            // 00:30 on 1 April in Shanghai: April's, though still March in UTC.
            index.upsert(stamped("S-3", DocumentKind.SUBMISSION, "2025-03-31T16:30:00Z", 1));
            index.upsert(stamped("C-1", DocumentKind.CONSULTATION, "2025-03-12T02:00:00Z", 0));
            index.refresh();

            SortedMap<YearMonth, MonthTally> tallies = index.tallies(DocumentKind.SUBMISSION);
            assertEquals(Map.of(MARCH, MonthTally.NONE.plus("S-2", 1).plus("S-1", 3), APRIL, MonthTally.NONE.plus("S-3", 1)), tallies);
            assertEquals(Map.of(MARCH, new MonthTally(1, MonthTally.digest("C-1", 0))), index.tallies(DocumentKind.CONSULTATION));
            assertEquals(Map.of("S-1", 3L, "S-2", 1L), index.stamps(DocumentKind.SUBMISSION, MARCH));
            assertEquals(Map.of("S-3", 1L), index.stamps(DocumentKind.SUBMISSION, APRIL));
        }
    }

    @Test
    void aNewStampOrADeletionChangesTheMonthsTallyAndOnlyThat() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder)) {
            index.upsert(stamped("S-1", DocumentKind.SUBMISSION, "2025-03-10T02:00:00Z", 3));
            index.upsert(stamped("S-2", DocumentKind.SUBMISSION, "2025-03-11T02:00:00Z", 1));
            index.upsert(stamped("S-3", DocumentKind.SUBMISSION, "2025-04-11T02:00:00Z", 1));
            index.refresh();
            SortedMap<YearMonth, MonthTally> before = index.tallies(DocumentKind.SUBMISSION);

            index.upsert(stamped("S-1", DocumentKind.SUBMISSION, "2025-03-10T02:00:00Z", 4));
            index.refresh();
            SortedMap<YearMonth, MonthTally> restamped = index.tallies(DocumentKind.SUBMISSION);
            assertEquals(2, restamped.get(MARCH).count());
            assertNotEquals(before.get(MARCH), restamped.get(MARCH));
            assertEquals(before.get(APRIL), restamped.get(APRIL));

            index.delete("S-2");
            index.refresh();
            assertEquals(MonthTally.NONE.plus("S-1", 4), index.tallies(DocumentKind.SUBMISSION).get(MARCH));
        }
    }

    @Test
    void theDigestDependsOnIdAndStamp() {
        assertNotEquals(MonthTally.digest("S-1", 1), MonthTally.digest("S-1", 2));
        assertNotEquals(MonthTally.digest("S-1", 1), MonthTally.digest("S-2", 1));
        assertEquals(MonthTally.digest("S-1", 1), MonthTally.digest("S-1", 1));
    }

    private static SearchDocument stamped(String id, DocumentKind kind, String created, long stamp) {
        return new SearchDocument(id, kind, null, "标题" + id, "内容", "410702001001001", null, Docs.GRID_PATH, null, null,
                "SUBMITTED", Instant.parse(created), false, stamp);
    }
}
