package org.sanling.supervision;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import jakarta.enterprise.context.ApplicationScoped;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.filters.ImageFilter;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Turns an uploaded photo into what the portal keeps of it ({@link RenderedPhoto}): the picture turned
 * upright as its EXIF orientation says (phones store it sideways and say so there), at most
 * {@value #STORED_EDGE} pixels on the longer edge, written again so that none of the file's metadata
 * (EXIF with the GPS position, camera, comments) is kept; and a JPEG thumbnail of at most
 * {@value #THUMBNAIL_EDGE} pixels. PNG stays PNG; JPEG and WebP become JPEG (ImageIO writes no WebP).
 * <p>
 * Memory stays bounded whatever a file claims. A file of a few kilobytes can declare 20,000 × 20,000
 * pixels, gigabytes once decoded, so the dimensions are read from its header before any pixel is, and a
 * picture over {@value #MAX_PIXELS} pixels or {@value #MAX_EDGE} on an edge is refused. Larger pictures
 * are decoded with source subsampling, so no decoded picture reaches twice {@value #STORED_EDGE} pixels
 * on its longer edge, and at most {@value #DECODERS} photos are rendered at once (one per core of a small
 * server; more would not be faster).
 * <p>
 * WebP is read with TwelveMonkeys' reader, asked for directly because ImageIO's plugin scan does not see
 * the application's libraries inside the server. Thread-safe.
 */
@ApplicationScoped
public class PhotoRenderer {

    public static final long MAX_PIXELS = 40_000_000L;
    public static final int MAX_EDGE = 16_384;
    static final int STORED_EDGE = 2048;
    static final int THUMBNAIL_EDGE = 320;
    private static final int DECODERS = 2;
    private static final float JPEG_QUALITY = 0.85f;

    private final Semaphore decoders = new Semaphore(DECODERS);

    /**
     * Renders a photo of the given kind.
     *
     * @throws PhotoRejectedException {@code DIMENSIONS} when its header declares too many pixels,
     *                                {@code DAMAGED} when it cannot be decoded
     */
    public RenderedPhoto render(byte[] content, ImageKind kind) {
        decoders.acquireUninterruptibly();
        try {
            return renderBounded(content, kind);
        } finally {
            decoders.release();
        }
    }

    private static RenderedPhoto renderBounded(byte[] content, ImageKind kind) {
        // In memory: ImageIO's default stream would copy every upload to a temporary file first.
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            ImageReader reader = readerOf(kind);
            try {
                reader.setInput(input);
                return renderFrom(reader, content, kind);
            } finally {
                reader.dispose();
            }
        } catch (PhotoRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PhotoRejectedException(PhotoRejectedException.Reason.DAMAGED);
        }
    }

    private static RenderedPhoto renderFrom(ImageReader reader, byte[] content, ImageKind kind) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width > MAX_EDGE || height > MAX_EDGE || (long) width * height > MAX_PIXELS) {
            throw new PhotoRejectedException(PhotoRejectedException.Reason.DIMENSIONS);
        }
        ImageFilter upright = ExifFilterUtils.getFilterForOrientation(orientation(content, kind));
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, Math.max(width, height) / STORED_EDGE);
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage decoded = reader.read(0, param);

        int[] stored = fit(decoded.getWidth(), decoded.getHeight(), STORED_EDGE);
        // Turned after scaling, not as a filter of the same builder: with a forced size Thumbnailator would
        // stretch the turned picture back into the unturned size.
        BufferedImage picture = upright.apply(Thumbnails.of(decoded).forceSize(stored[0], stored[1]).asBufferedImage());
        ImageKind storedKind = kind == ImageKind.PNG ? ImageKind.PNG : ImageKind.JPEG;
        int[] thumbnail = fit(picture.getWidth(), picture.getHeight(), THUMBNAIL_EDGE);
        return new RenderedPhoto(storedKind, picture.getWidth(), picture.getHeight(),
                encode(picture, picture.getWidth(), picture.getHeight(), storedKind),
                encode(picture, thumbnail[0], thumbnail[1], ImageKind.JPEG));
    }

    private static ImageReader readerOf(ImageKind kind) throws IOException {
        if (kind == ImageKind.WEBP) {
            return new WebPImageReaderSpi().createReaderInstance();
        }
        return ImageIO.getImageReadersByFormatName(kind == ImageKind.JPEG ? "jpeg" : "png").next();
    }

    /**
     * The EXIF orientation of a JPEG (where phones write it), upright when there is none or it cannot be
     * read: a damaged EXIF block is no reason to refuse the picture. The APP1 segment is found here rather
     * than through ImageIO's JPEG metadata, which refuses files whose EXIF comes before their JFIF header.
     */
    private static Orientation orientation(byte[] content, ImageKind kind) {
        if (kind != ImageKind.JPEG) {
            return Orientation.TOP_LEFT;
        }
        try {
            return exifSegment(content).map(ExifUtils::getOrientationFromExif).orElse(Orientation.TOP_LEFT);
        } catch (RuntimeException unreadable) {
            return Orientation.TOP_LEFT;
        }
    }

    /** The content of a JPEG's APP1 segment that holds EXIF, from its "Exif" header on. */
    private static Optional<byte[]> exifSegment(byte[] jpeg) {
        int at = 2; // after SOI
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            if (marker == 0xDA || length < 2 || at + 2 + length > jpeg.length) { // start of scan, or damaged
                return Optional.empty();
            }
            if (marker == 0xE1 && length >= 8 && new String(jpeg, at + 4, 4, StandardCharsets.US_ASCII).equals("Exif")) {
                return Optional.of(Arrays.copyOfRange(jpeg, at + 4, at + 2 + length));
            }
            at += 2 + length;
        }
        return Optional.empty();
    }

    /** Width and height within {@code edge} on the longer side, never enlarged, never below one pixel. */
    private static int[] fit(int width, int height, int edge) {
        double scale = Math.min(1.0, (double) edge / Math.max(width, height));
        return new int[]{Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale))};
    }

    /** The picture as a file of the kind, with no metadata but what the format itself needs. */
    private static byte[] encode(BufferedImage picture, int width, int height, ImageKind kind) throws IOException {
        var builder = Thumbnails.of(picture).forceSize(width, height).outputFormat(kind.extension());
        if (kind == ImageKind.JPEG) {
            builder.addFilter(PhotoRenderer::onWhite).outputQuality(JPEG_QUALITY);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        builder.toOutputStream(out);
        return out.toByteArray();
    }

    /** JPEG has no transparency: transparent areas of a PNG or WebP become white, not black. */
    private static BufferedImage onWhite(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, flat.getWidth(), flat.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return flat;
    }
}
