package org.sanling.supervision;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Decodes photos and makes their thumbnails: JPEG, at most {@value #EDGE} pixels on the longer edge.
 * WebP is read with TwelveMonkeys' reader, asked for directly because ImageIO's plugin scan does not see
 * the application's libraries inside the server. Stateless and thread-safe.
 */
public final class Thumbnails {

    static final int EDGE = 320;

    private Thumbnails() {
    }

    /** The decoded image; empty when the content cannot be decoded as the given kind (a damaged file). */
    public static Optional<BufferedImage> decode(byte[] content, ImageKind kind) {
        try {
            if (kind != ImageKind.WEBP) {
                return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(content)));
            }
            ImageReader reader = new WebPImageReaderSpi().createReaderInstance();
            try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
                reader.setInput(input);
                return Optional.of(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A JPEG thumbnail of the image. */
    public static byte[] thumbnail(BufferedImage image) {
        double scale = Math.min(1.0, (double) EDGE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE); // transparent PNG and WebP areas become white, not black
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(small, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a JPEG to memory cannot fail", e);
        }
    }
}
