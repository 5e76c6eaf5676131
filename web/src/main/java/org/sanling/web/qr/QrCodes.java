package org.sanling.web.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/**
 * QR codes drawn on the server with ZXing as PNG {@code data:} URIs, so the page loads nothing from
 * elsewhere and what they carry (a two-factor secret, a shift's check-in code) never lands in a cache or
 * a server log as an image URL would. Thread-safe; no state.
 */
public final class QrCodes {

    /** Width and height in pixels: big enough for a phone camera at arm's length, small enough for a 360-px screen. */
    public static final int SIZE = 240;

    private QrCodes() {
    }

    /** The text as a QR code of {@link #SIZE} pixels. */
    public static String pngDataUri(String text) {
        return pngDataUri(text, SIZE);
    }

    /** The text as a QR code (error correction M, a quiet zone of two modules) {@code size} pixels wide and high. */
    public static String pngDataUri(String text, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code: " + text.length() + " characters", e);
        } catch (IOException e) {
            throw new UncheckedIOException("a PNG written to memory", e);
        }
    }
}
