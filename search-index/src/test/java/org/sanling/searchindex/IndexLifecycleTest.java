package org.sanling.searchindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanling.searchindex.Docs.doc;
import static org.sanling.searchindex.Docs.ids;
import static org.sanling.searchindex.Docs.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLifecycleTest {

    @TempDir
    Path folder;

    @Test
    void writesAreVisibleAfterRefresh() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder)) {
            index.upsert(doc("1", "噪音扰民", "施工"));
            assertEquals(0, index.search(query("噪音")).total());

            index.refresh();
            assertEquals(List.of("1"), ids(index.search(query("噪音"))));
        }
    }

    @Test
    void upsertReplacesByIdAndDeleteRemoves() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder)) {
            index.upsert(doc("1", "噪音扰民", "施工"));
            index.upsert(doc("2", "噪音", "广场舞"));
            index.refresh();

            index.upsert(doc("1", "油烟扰民", "烧烤"));
            index.upsert(doc("1", "油烟扰民", "烧烤"));
            index.refresh();
            assertEquals(List.of("2"), ids(index.search(query("噪音"))));
            assertEquals(List.of("1"), ids(index.search(query("油烟"))));
            assertEquals(2, index.documentCount());

            index.delete("2");
            index.delete("no such id");
            index.refresh();
            assertEquals(0, index.search(query("噪音")).total());
            assertEquals(1, index.documentCount());
        }
    }

    @Test
    void commitRecordsTheOutboxSequenceAndCloseDropsTheRest() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder)) {
            assertEquals(OptionalLong.empty(), index.committedSequence());
            index.upsert(doc("1", "噪音扰民", "施工"));
            index.commit(41);
            index.upsert(doc("2", "噪音", "广场舞"));
            assertEquals(OptionalLong.of(41), index.committedSequence());
        }
        try (SearchIndex reopened = SearchIndex.open(folder)) {
            assertEquals(OptionalLong.of(41), reopened.committedSequence());
            assertEquals(List.of("1"), ids(reopened.search(query("噪音"))));
            reopened.commit(42);
        }
        try (SearchIndex reopened = SearchIndex.open(folder)) {
            assertEquals(OptionalLong.of(42), reopened.committedSequence());
        }
    }

    @Test
    void rebuildSwapsInAtomicallyWhileSearchesRun() throws Exception {
        try (SearchIndex index = SearchIndex.open(folder)) {
            for (int i = 0; i < 200; i++) {
                index.upsert(doc("old-" + i, "旧的噪音" + i, "施工"));
            }
            index.commit(10);

            AtomicBoolean stop = new AtomicBoolean();
            Set<Long> totalsSeen = ConcurrentHashMap.newKeySet();
            CountDownLatch searching = new CountDownLatch(2);
            ExecutorService searchers = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> running = Stream.<Future<?>>of(
                        searchers.submit(() -> searchUntil(index, stop, totalsSeen, searching)),
                        searchers.submit(() -> searchUntil(index, stop, totalsSeen, searching))).toList();
                searching.await();
                try (Rebuild rebuild = index.beginRebuild()) {
                    for (int i = 0; i < 300; i++) {
                        rebuild.add(doc("new-" + i, "新的噪音" + i, "施工"));
                    }
                    assertEquals(200, index.search(query("噪音")).total(), "the live index is untouched");
                    rebuild.commitAndSwap(99);
                }
                Thread.sleep(50);
                stop.set(true);
                for (Future<?> search : running) {
                    search.get();
                }
            } finally {
                searchers.shutdownNow();
            }

            assertEquals(Set.of(200L, 300L), totalsSeen, "every search saw one whole index");
            assertEquals(300, index.search(query("噪音")).total());
            assertEquals(OptionalLong.of(99), index.committedSequence());
        }
        try (SearchIndex reopened = SearchIndex.open(folder)) {
            assertEquals(300, reopened.search(query("噪音")).total());
            assertEquals(OptionalLong.of(99), reopened.committedSequence());
        }
        try (Stream<Path> generations = Files.list(folder)) {
            assertEquals(1, generations.filter(Files::isDirectory).count(), "the old generation is deleted");
        }
    }

    private static Void searchUntil(SearchIndex index, AtomicBoolean stop, Set<Long> totalsSeen, CountDownLatch started)
            throws IOException {
        started.countDown();
        while (!stop.get()) {
            totalsSeen.add(index.search(query("噪音")).total());
        }
        return null;
    }

    @Test
    void abandonedRebuildLeavesTheLiveIndexAndNoFiles() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder)) {
            index.upsert(doc("1", "噪音扰民", "施工"));
            index.commit(5);
            try (Rebuild rebuild = index.beginRebuild()) {
                rebuild.add(doc("2", "噪音", "广场舞"));
                assertThrows(IllegalStateException.class, index::beginRebuild);
            }
            assertEquals(List.of("1"), ids(index.search(query("噪音"))));
            assertEquals(OptionalLong.of(5), index.committedSequence());
            index.beginRebuild().close();
        }
        try (Stream<Path> generations = Files.list(folder)) {
            assertEquals(1, generations.filter(Files::isDirectory).count());
        }
    }

    @Test
    void rebuildCannotBeSwappedTwice() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder); Rebuild rebuild = index.beginRebuild()) {
            rebuild.commitAndSwap(1);
            assertThrows(IllegalStateException.class, () -> rebuild.commitAndSwap(2));
            assertTrue(index.committedSequence().isPresent());
        }
    }
}
