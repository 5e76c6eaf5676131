package org.sanling.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import org.sanling.platform.Settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where photo files live: outside the web root, in {@code SANLING_PHOTO_DIR}, by default
 * {@code <server data dir>/sanling/photos}. Thread-safe.
 * <p>
 * A photo's file follows its database row: it is first {@linkplain #stage staged} under a temporary name
 * (written to disk before the transaction commits, so an acknowledged photo is never only in memory), then
 * {@linkplain #publish published} under its real name once the row has committed, or
 * {@linkplain #discard discarded} when it rolled back. A file is thus never served for a row that does
 * not exist. Should the server stop between the commit and the publication, the first {@link #read} of
 * the photo publishes it (a row that can be read has committed), and {@link StagedPhotos} settles
 * whatever staging a crash left behind.
 */
@ApplicationScoped
public class PhotoStore {

    static final String STAGED_SUFFIX = ".staged";

    private final Path root;

    public PhotoStore() {
        this(Settings.get("SANLING_PHOTO_DIR").map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "data"), "sanling", "photos")));
    }

    PhotoStore(Path root) {
        this.root = root;
    }

    /** Writes a file under its temporary name, through to the disk. */
    public void stage(String name, byte[] content) {
        try {
            Path staged = staged(name);
            Files.createDirectories(staged.getParent());
            Files.write(staged, content, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("could not stage photo " + name, e);
        }
    }

    /** Moves a staged file to its real name; nothing to do when it already is there. */
    public void publish(String name) {
        try {
            Files.move(staged(name), path(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException | FileAlreadyExistsException alreadyPublished) {
            // published by a concurrent read, or by the transaction's end before it
        } catch (IOException e) {
            throw new UncheckedIOException("could not publish photo " + name, e);
        }
    }

    /** Deletes a staged file, if there is one. */
    public void discard(String name) {
        try {
            Files.deleteIfExists(staged(name));
        } catch (IOException e) {
            throw new UncheckedIOException("could not discard photo " + name, e);
        }
    }

    /** The content of a photo whose row has committed. */
    public byte[] read(String name) {
        Path path = path(name);
        if (!Files.exists(path)) {
            publish(name);
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read photo " + name, e);
        }
    }

    /** The names of the files staged before the given instant (and not published or discarded since). */
    public List<String> stagedBefore(Instant instant) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(STAGED_SUFFIX))
                    .filter(f -> modifiedBefore(f, instant))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .map(n -> n.substring(0, n.length() - STAGED_SUFFIX.length()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list staged photos", e);
        }
    }

    private static boolean modifiedBefore(Path file, Instant instant) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(instant);
        } catch (IOException goneMeanwhile) {
            return false;
        }
    }

    private Path staged(String name) {
        return path(name + STAGED_SUFFIX);
    }

    /** Names are made by the portal (see SubmissionPhotos), never by clients; kept inside the root all the same. */
    private Path path(String name) {
        Path path = root.resolve(name).normalize();
        if (!path.startsWith(root.normalize())) {
            throw new IllegalArgumentException("not a photo name: " + name);
        }
        return path;
    }
}
