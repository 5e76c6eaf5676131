package org.sanling.supervision;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Photos are recognised by their bytes and get bounded JPEG thumbnails, WebP included. */
class PhotoContentTest {

    /** A 1×1 lossless WebP. */
    private static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private static byte[] encode(int width, int height, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
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
    void thumbnailsKeepTheAspectWithinTheEdge() throws IOException {
        BufferedImage photo = Thumbnails.decode(encode(1600, 900, "jpg"), ImageKind.JPEG).orElseThrow();
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(Thumbnails.thumbnail(photo)));
        assertEquals(320, thumb.getWidth());
        assertEquals(180, thumb.getHeight());
    }

    @Test
    void smallPhotosAreNotEnlarged() throws IOException {
        BufferedImage photo = Thumbnails.decode(encode(200, 100, "png"), ImageKind.PNG).orElseThrow();
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(Thumbnails.thumbnail(photo)));
        assertEquals(200, thumb.getWidth());
    }

    @Test
    void webpIsDecoded() {
        BufferedImage image = Thumbnails.decode(WEBP, ImageKind.WEBP).orElseThrow();
        assertEquals(1, image.getWidth());
    }

    @Test
    void aDamagedFileIsNotAnImage() throws IOException {
        byte[] jpeg = encode(50, 50, "jpg");
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 20);
        assertTrue(Thumbnails.decode(truncated, ImageKind.JPEG).isEmpty());
        assertTrue(Thumbnails.decode(java.util.Arrays.copyOf(WEBP, 16), ImageKind.WEBP).isEmpty());
    }
}
