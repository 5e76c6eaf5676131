package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Portal;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanling.supervision.PhotoFixtures;
import org.sanling.supervision.StagedPhotos;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Photo uploads from inside the server, where its heap can be watched: a pixel bomb is refused from its
 * header, a phone photo is kept upright without its EXIF (GPS included), a retry racing its original
 * gets the original's answer, and what a crash left staged is settled.
 */
@ExtendWith(ArquillianExtension.class)
class PhotoUploadsIT {

    private static final String GRID = "410702001001001";

    @Inject
    private StagedPhotos staged;

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    private static String file(ApiClient who) {
        var reply = who.post("/api/v1/submissions", Json.createObjectBuilder()
                .add("clientId", UUID.randomUUID().toString()).add("type", "HAZARD").add("category", "消防安全")
                .add("areaCode", GRID).add("place", "梦萦小区3号楼").add("title", "楼道堆放杂物")
                .add("content", "楼道内堆放纸箱，堵塞消防通道。").add("urgency", "NORMAL").add("dimension", "SAFETY")
                .add("citizenName", "王大妈").add("citizenPhone", "13912345678").add("citizenConsent", true).build());
        assertEquals(201, reply.status(), reply.body());
        return "/api/v1/submissions/" + reply.json().getString("id");
    }

    @Test
    void aPixelBombIsRefusedFromItsHeaderWithTheHeapUntouchedAndNothingSavedLost() {
        ApiClient supervisor = ApiClient.asDemo("supervisor-a");
        String submission = file(supervisor);
        String photos = submission + "/photos";
        assertEquals(201, supervisor.postBytes(photos + "?clientId=" + UUID.randomUUID(), "image/jpeg",
                PhotoFixtures.phoneJpeg(400, 300, 1)).status());
        // Decoding 12,000 × 12,000 would fit in the heap (432 MB of pixels, in the old generation as one
        // humongous array); 20,000 × 20,000 would not even fit, and fail with a 500.
        List<MemoryPoolMXBean> oldGeneration = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured")).toList();
        assertFalse(oldGeneration.isEmpty(), "no old generation among " + ManagementFactory.getMemoryPoolMXBeans());
        long before = oldGeneration.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        oldGeneration.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();

        var chinese = supervisor.postBytes(photos + "?clientId=" + UUID.randomUUID(), "image/png",
                PhotoFixtures.pngClaiming(20_000, 20_000));
        var english = supervisor.inLanguage("en").postBytes(photos + "?clientId=" + UUID.randomUUID(),
                "application/octet-stream", PhotoFixtures.pngClaiming(12_000, 12_000));

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long peak = oldGeneration.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        assertEquals(400, chinese.status(), chinese.body());
        assertTrue(chinese.contentType().startsWith("application/problem+json"), chinese.contentType());
        assertEquals("照片像素过多：每张最多 40 百万像素，长边最多 16384 像素。", chinese.fieldError("photos"));
        assertEquals(400, english.status(), english.body());
        assertEquals("The photo has too many pixels: at most 40 megapixels, and at most 16384 pixels on an edge.",
                english.fieldError("photos"));
        assertTrue(took.toMillis() < 2000, "answered in " + took);
        assertTrue(peak - before < 100L * 1024 * 1024, "the old generation grew by " + (peak - before) / 1024 / 1024 + " MB");

        assertEquals(200, supervisor.get(submission).status());
        assertEquals(1, supervisor.get(photos).array().size(), "the photo saved before is still there");
    }

    @Test
    void aPhonePhotoIsServedUprightWithoutItsExifNorGpsPosition() throws IOException {
        ApiClient supervisor = ApiClient.asDemo("supervisor-a");
        String photos = file(supervisor) + "/photos";
        byte[] phone = PhotoFixtures.phoneJpeg(1200, 900, 6);
        assertTrue(PhotoFixtures.hasMetadata(phone));

        var uploaded = supervisor.postBytes(photos + "?clientId=" + UUID.randomUUID(), "image/jpeg", phone);

        assertEquals(201, uploaded.status(), uploaded.body());
        assertEquals(900, uploaded.json().getInt("width"), "stored sideways, kept upright");
        assertEquals(1200, uploaded.json().getInt("height"));
        byte[] photo = supervisor.getBytes(uploaded.json().getString("url"));
        byte[] thumbnail = supervisor.getBytes(uploaded.json().getString("thumbnailUrl"));
        for (byte[] served : new byte[][]{photo, thumbnail}) {
            assertFalse(PhotoFixtures.hasMetadata(served), "no EXIF (nor its GPS position) is served");
            assertFalse(new String(served, StandardCharsets.ISO_8859_1).contains(PhotoFixtures.CAMERA));
        }
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertEquals(240, upright.getWidth());
        assertEquals(320, upright.getHeight());
        assertEquals(900, ImageIO.read(new ByteArrayInputStream(photo)).getWidth());
    }

    @Test
    void aRetryRacingItsOriginalGetsTheOriginalsAnswerAndOnePhotoIsKept() throws IOException {
        ApiClient supervisor = ApiClient.asDemo("supervisor-a");
        String submission = file(supervisor);
        String photos = submission + "/photos";
        byte[] jpeg = PhotoFixtures.phoneJpeg(1600, 1200, 1);
        int rounds = 5;
        for (int round = 0; round < rounds; round++) {
            String upload = photos + "?clientId=" + UUID.randomUUID();
            CountDownLatch start = new CountDownLatch(1);
            var original = CompletableFuture.supplyAsync(() -> awaitThenPost(start, supervisor, upload, jpeg));
            var retry = CompletableFuture.supplyAsync(() -> awaitThenPost(start, supervisor, upload, jpeg));
            start.countDown();
            ApiClient.Reply first = original.join();
            ApiClient.Reply second = retry.join();

            assertEquals(List.of(200, 201), Stream.of(first.status(), second.status()).sorted().toList(),
                    "one created it, the other got it back: " + first.body() + " / " + second.body());
            assertEquals(first.json(), second.json());
        }
        assertEquals(rounds, supervisor.get(photos).array().size());
        try (Stream<Path> files = Files.list(folderOf(submission))) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertEquals(2 * rounds, names.size(), "a photo and its thumbnail per upload, nothing left staged: " + names);
        }
        for (JsonObject listed : supervisor.get(photos).array().getValuesAs(JsonObject.class)) {
            assertEquals(1600, ImageIO.read(new ByteArrayInputStream(supervisor.getBytes(listed.getString("url")))).getWidth());
        }
    }

    @Test
    void whatACrashLeftStagedIsPublishedWhenItsRowCommittedAndDeletedOtherwise() throws IOException {
        ApiClient supervisor = ApiClient.asDemo("supervisor-a");
        String submission = file(supervisor);
        var uploaded = supervisor.postBytes(submission + "/photos?clientId=" + UUID.randomUUID(), "image/jpeg",
                PhotoFixtures.phoneJpeg(400, 300, 1));
        assertEquals(201, uploaded.status(), uploaded.body());
        Path folder = folderOf(submission);
        Path published;
        try (Stream<Path> files = Files.list(folder)) {
            published = files.filter(f -> !f.toString().endsWith(".thumb.jpg")).findFirst().orElseThrow();
        }
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        // as if the server had stopped between the commit and the publication
        Path committed = Files.move(published, folder.resolve(published.getFileName() + ".staged"));
        Files.setLastModifiedTime(committed, twoHoursAgo);
        // as if it had stopped before the commit
        Path orphan = Files.write(folder.resolve(UUID.randomUUID() + ".jpg.staged"), new byte[]{1});
        Files.setLastModifiedTime(orphan, twoHoursAgo);
        Path uploading = Files.write(folder.resolve(UUID.randomUUID() + ".jpg.staged"), new byte[]{2});

        assertEquals(new StagedPhotos.Settled(1, 1), staged.settle(Instant.now()));

        assertTrue(Files.exists(published));
        assertFalse(Files.exists(committed));
        assertFalse(Files.exists(orphan));
        assertTrue(Files.exists(uploading), "an upload still in its transaction keeps its file");
        Files.delete(uploading);
        assertEquals(200, supervisor.get(submission + "/photos").status());
    }

    private static Path folderOf(String submission) {
        return Path.of(System.getProperty("jboss.server.data.dir"), "sanling", "photos",
                submission.substring(submission.lastIndexOf('/') + 1));
    }

    private static ApiClient.Reply awaitThenPost(CountDownLatch start, ApiClient who, String path, byte[] body) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return who.postBytes(path, "image/jpeg", body);
    }
}
