package org.sanling.searchindex;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;

/**
 * The root folder of the index: one sub-folder per generation ({@code gen-1}, {@code gen-2}, …) and
 * a file {@code CURRENT} naming the live one. A rebuild writes the next generation beside the live
 * one; switching is an atomic rename of {@code CURRENT}, so a crash leaves either the old or the
 * new generation live, never a mix. Not thread-safe: {@link SearchIndex} serialises its use.
 */
final class IndexGenerations {

    private static final String CURRENT = "CURRENT";
    private static final String PREFIX = "gen-";

    private final Path root;

    IndexGenerations(Path root) throws IOException {
        this.root = Files.createDirectories(root);
    }

    /** The live generation, creating the first one for a new root. */
    Path current() throws IOException {
        Path pointer = root.resolve(CURRENT);
        if (Files.exists(pointer)) {
            return root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).trim());
        }
        Path first = next();
        makeCurrent(first);
        return first;
    }

    /** Creates an empty folder for a new generation, numbered after every existing one. */
    Path next() throws IOException {
        int highest = 0;
        for (Path generation : generations()) {
            highest = Math.max(highest, Integer.parseInt(generation.getFileName().toString().substring(PREFIX.length())));
        }
        return Files.createDirectory(root.resolve(PREFIX + (highest + 1)));
    }

    /** Durably points {@code CURRENT} at {@code generation}. */
    void makeCurrent(Path generation) throws IOException {
        Path temporary = root.resolve(CURRENT + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(generation.getFileName().toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(temporary, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        IOUtils.fsync(root, true);
    }

    /**
     * Deletes every generation but {@code keep}: left-overs of abandoned rebuilds and replaced
     * generations. Best effort, as a reader may still hold files open on some platforms; what is
     * left is retried at the next call.
     */
    void deleteAllBut(Path keep) {
        try {
            for (Path generation : generations()) {
                if (!generation.equals(keep)) {
                    IOUtils.rm(generation);
                }
            }
        } catch (IOException e) {
            // Stale generations only cost disk space until the next call.
        }
    }

    private List<Path> generations() throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(child -> child.getFileName().toString().startsWith(PREFIX)
                    && Files.isDirectory(child)).toList();
        }
    }
}
