package org.sanling.it.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

/**
 * A phone camera held up to a QR code on a page, for Chromium's fake capture device
 * ({@link Browsers#chromiumFilming}), and the QR code read back as a phone would.
 */
public final class FakeCamera {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    /** The picture's side in the frame: a code filling most of the view, as when one holds a phone to it. */
    private static final int PICTURE = 400;
    /** Still frames; the device plays the file over and over. */
    private static final int FRAMES = 2;

    private FakeCamera() {
    }

    /** The image of a {@code data:image/png;base64,} URI, as a page shows it. */
    public static BufferedImage image(String pngDataUri) {
        if (!pngDataUri.startsWith("data:image/png;base64,")) {
            throw new IllegalArgumentException(pngDataUri.substring(0, Math.min(40, pngDataUri.length())));
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(pngDataUri.substring(pngDataUri.indexOf(',') + 1))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the QR code in the image. */
    public static String qrText(BufferedImage image) throws ReaderException {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    /**
     * A Y4M video (YUV4MPEG2, 4:2:0) of the picture in the middle of a white view: the format Chromium's
     * {@code --use-file-for-fake-video-capture} plays. Grey only, so the colour planes are flat.
     */
    public static Path film(BufferedImage picture, Path file) {
        BufferedImage view = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = view.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(picture, (WIDTH - PICTURE) / 2, (HEIGHT - PICTURE) / 2, PICTURE, PICTURE, null);
        g.dispose();
        byte[] luma = new byte[WIDTH * HEIGHT];
        view.getRaster().getDataElements(0, 0, WIDTH, HEIGHT, luma);
        byte[] chroma = new byte[WIDTH / 2 * HEIGHT / 2];
        Arrays.fill(chroma, (byte) 128);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < FRAMES; i++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
