package org.sanling.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import org.sanling.platform.Settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where photo files live: outside the web root, in {@code SANLING_PHOTO_DIR}, by default
 * {@code <server data dir>/sanling/photos}. Files are written to a temporary name and moved into place,
 * so a crash never leaves half a photo under its real name. Thread-safe.
 */
@ApplicationScoped
public class PhotoStore {

    private final Path root = Settings.get("SANLING_PHOTO_DIR").map(Path::of)
            .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "data"), "sanling", "photos"));

    public void write(String name, byte[] content) {
        try {
            Path target = path(name);
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "upload-", ".tmp");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store photo " + name, e);
        }
    }

    public byte[] read(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read photo " + name, e);
        }
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
