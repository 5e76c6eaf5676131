package org.sanling.supervision;

import com.sun.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Photos are recognised by their bytes, refused by their header when they claim too many pixels, kept
 * upright, bounded and without metadata, with bounded JPEG thumbnails, WebP included.
 */
class PhotoRendererTest {

    /** A 1×1 lossless WebP. */
    private static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private final PhotoRenderer renderer = new PhotoRenderer();

    private static byte[] encode(int width, int height, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] file) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(file));
    }

    private static PhotoRejectedException.Reason refusal(Runnable action) {
        PhotoRejectedException refused = assertThrows(PhotoRejectedException.class, action::run);
        return PhotoRejectedException.Reason.valueOf(
                refused.messageKey().substring("photo.rejected.".length()).toUpperCase());
    }

    @Test
    void theBytesDecideTheKindNotTheName() throws IOException {
        assertEquals(Optional.of(ImageKind.JPEG), ImageKind.of(encode(10, 10, "jpg")));
        assertEquals(Optional.of(ImageKind.PNG), ImageKind.of(encode(10, 10, "png")));
        assertEquals(Optional.of(ImageKind.WEBP), ImageKind.of(WEBP));
        assertEquals(Optional.empty(), ImageKind.of("GIF89a....".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), ImageKind.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ImageKind.of(new byte[0]));
    }

    @Test
    void aPngClaiming20000By20000PixelsIsRefusedFromItsHeaderWithoutDecodingIt() {
        byte[] bomb = PhotoFixtures.pngClaiming(20_000, 20_000);
        assertTrue(bomb.length < 100, "a few bytes: " + bomb.length);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        assertEquals(PhotoRejectedException.Reason.DIMENSIONS, refusal(() -> renderer.render(bomb, ImageKind.PNG)));

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        // decoding it would need 1.2 GB for the pixels alone
        assertTrue(allocated < 8L * 1024 * 1024, "allocated " + allocated + " bytes");
    }

    @Test
    void anAbsurdEdgeIsRefusedEvenWithFewPixels() {
        assertEquals(PhotoRejectedException.Reason.DIMENSIONS,
                refusal(() -> renderer.render(PhotoFixtures.pngClaiming(PhotoRenderer.MAX_EDGE + 1, 10), ImageKind.PNG)));
    }

    @Test
    void aPhoneJpegIsTurnedAsItsExifOrientationSays() throws IOException {
        RenderedPhoto rendered = renderer.render(PhotoFixtures.phoneJpeg(80, 40, 6), ImageKind.JPEG);

        assertEquals(40, rendered.width());
        assertEquals(80, rendered.height());
        BufferedImage upright = decode(rendered.photo());
        assertEquals(40, upright.getWidth());
        // Turned 90° clockwise, the red quarter stored at the top left is now at the top right.
        assertTrue(isRed(upright.getRGB(30, 10)), Integer.toHexString(upright.getRGB(30, 10)));
        assertFalse(isRed(upright.getRGB(10, 10)), Integer.toHexString(upright.getRGB(10, 10)));
        BufferedImage thumbnail = decode(rendered.thumbnail());
        assertEquals(40, thumbnail.getWidth());
        assertEquals(80, thumbnail.getHeight());
    }

    @Test
    void noMetadataIsKeptNeitherInThePhotoNorInItsThumbnail() {
        byte[] phone = PhotoFixtures.phoneJpeg(80, 40, 6);
        assertTrue(PhotoFixtures.hasMetadata(phone), "the fixture has its EXIF");

        RenderedPhoto rendered = renderer.render(phone, ImageKind.JPEG);

        for (byte[] kept : new byte[][]{rendered.photo(), rendered.thumbnail()}) {
            assertFalse(PhotoFixtures.hasMetadata(kept));
            assertFalse(new String(kept, StandardCharsets.ISO_8859_1).contains(PhotoFixtures.CAMERA));
        }
    }

    @Test
    void photosAreKeptWithinTheStoredEdgeAndThumbnailsWithinTheirs() throws IOException {
        RenderedPhoto large = renderer.render(encode(5000, 2500, "jpg"), ImageKind.JPEG);
        assertEquals(PhotoRenderer.STORED_EDGE, large.width());
        assertEquals(PhotoRenderer.STORED_EDGE / 2, large.height());
        assertEquals(PhotoRenderer.STORED_EDGE, decode(large.photo()).getWidth());

        RenderedPhoto photo = renderer.render(encode(1600, 900, "jpg"), ImageKind.JPEG);
        assertEquals(1600, photo.width());
        BufferedImage thumb = decode(photo.thumbnail());
        assertEquals(320, thumb.getWidth());
        assertEquals(180, thumb.getHeight());
    }

    @Test
    void smallPhotosAreNotEnlargedAndPngStaysPng() throws IOException {
        RenderedPhoto rendered = renderer.render(encode(200, 100, "png"), ImageKind.PNG);
        assertEquals(ImageKind.PNG, rendered.kind());
        assertEquals(Optional.of(ImageKind.PNG), ImageKind.of(rendered.photo()));
        assertEquals(200, decode(rendered.photo()).getWidth());
        assertEquals(200, decode(rendered.thumbnail()).getWidth());
    }

    @Test
    void transparentAreasBecomeWhiteInJpegThumbnails() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB), "png", png);
        BufferedImage thumb = decode(renderer.render(png.toByteArray(), ImageKind.PNG).thumbnail());
        assertEquals(Color.WHITE.getRGB(), thumb.getRGB(10, 10) | 0x0F0F0F);
    }

    @Test
    void webpIsDecodedAndKeptAsJpeg() {
        RenderedPhoto rendered = renderer.render(WEBP, ImageKind.WEBP);
        assertEquals(1, rendered.width());
        assertEquals(ImageKind.JPEG, rendered.kind());
        assertEquals(Optional.of(ImageKind.JPEG), ImageKind.of(rendered.photo()));
    }

    @Test
    void aDamagedFileIsNotAnImage() throws IOException {
        byte[] truncated = Arrays.copyOf(encode(50, 50, "jpg"), 20);
        assertEquals(PhotoRejectedException.Reason.DAMAGED, refusal(() -> renderer.render(truncated, ImageKind.JPEG)));
        assertEquals(PhotoRejectedException.Reason.DAMAGED,
                refusal(() -> renderer.render(Arrays.copyOf(WEBP, 16), ImageKind.WEBP)));
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getBlue() < 90;
    }
}
