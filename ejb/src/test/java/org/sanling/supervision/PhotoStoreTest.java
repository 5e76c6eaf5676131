package org.sanling.supervision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A photo's file takes its real name only once its row has committed; a crash leaves it staged, never lost. */
class PhotoStoreTest {

    @TempDir
    Path root;

    @Test
    void aStagedFileHasNoRealNameUntilPublished() {
        PhotoStore store = new PhotoStore(root);
        store.stage("7/a.jpg", new byte[]{1, 2, 3});
        assertFalse(Files.exists(root.resolve("7/a.jpg")));

        store.publish("7/a.jpg");

        assertTrue(Files.exists(root.resolve("7/a.jpg")));
        assertEquals(List.of(), store.stagedBefore(Instant.now().plusSeconds(60)));
        assertArrayEquals(new byte[]{1, 2, 3}, store.read("7/a.jpg"));
    }

    @Test
    void aRolledBackFileIsDiscarded() {
        PhotoStore store = new PhotoStore(root);
        store.stage("7/b.jpg", new byte[]{1});
        store.discard("7/b.jpg");
        assertEquals(List.of(), store.stagedBefore(Instant.now().plusSeconds(60)));
        assertThrows(UncheckedIOException.class, () -> store.read("7/b.jpg"));
    }

    @Test
    void aCommittedPhotoLeftStagedByACrashIsPublishedByItsFirstRead() {
        PhotoStore store = new PhotoStore(root);
        store.stage("7/c.jpg", new byte[]{4});
        store.stage("7/c.jpg.thumb.jpg", new byte[]{5});
        assertEquals(List.of("7/c.jpg", "7/c.jpg.thumb.jpg"),
                store.stagedBefore(Instant.now().plusSeconds(60)).stream().sorted().toList());
        assertEquals(List.of(), store.stagedBefore(Instant.now().minusSeconds(60)), "recent staging is left alone");

        assertArrayEquals(new byte[]{4}, store.read("7/c.jpg"));

        assertEquals(List.of("7/c.jpg.thumb.jpg"), store.stagedBefore(Instant.now().plusSeconds(60)));
    }

    @Test
    void namesStayInsideTheRoot() {
        assertThrows(IllegalArgumentException.class, () -> new PhotoStore(root).read("../etc/passwd"));
    }
}
