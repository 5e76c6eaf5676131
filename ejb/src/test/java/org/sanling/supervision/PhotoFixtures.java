package org.sanling.supervision;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Photo files as attackers and phones make them, built byte by byte. Shared with the end-to-end tests
 * (the EJB module's test jar).
 */
public final class PhotoFixtures {

    /** The camera make written into {@link #phoneJpeg}'s EXIF, to look for in what the portal keeps. */
    public static final String CAMERA = "SanlingPhone";

    private PhotoFixtures() {
    }

    /**
     * A PNG of a few dozen bytes whose header claims {@code width} × {@code height} pixels; its image data
     * is one row of one pixel, so only a reader that trusts the header before decoding gets in trouble.
     */
    public static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        // 8-bit RGB, deflate, no filter, not interlaced
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[]{8, 2, 0, 0, 0}).array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[4]);
        deflater.finish();
        byte[] data = new byte[64];
        int length = deflater.deflate(data);
        deflater.end();
        chunk(out, "IDAT", java.util.Arrays.copyOf(data, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * A JPEG as a phone writes it: {@code width} × {@code height} pixels stored sideways, with EXIF that
     * says how to turn it ({@code orientation}, 6 = turn 90° clockwise), the camera's make and a GPS
     * position. The picture is blue with a red quarter at its stored top left, so a test can tell where
     * that corner went.
     */
    public static byte[] phoneJpeg(int width, int height, int orientation) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        byte[] jpeg = write(image, "jpg");
        byte[] exif = exif(orientation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1); // APP1
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.writeBytes(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Whether a JPEG has an APP1 segment (EXIF or XMP) or a PNG an eXIf, tEXt, iTXt or zTXt chunk. */
    public static boolean hasMetadata(byte[] file) {
        if ((file[0] & 0xFF) == 0xFF && (file[1] & 0xFF) == 0xD8) {
            int at = 2;
            while (at + 4 <= file.length && (file[at] & 0xFF) == 0xFF) {
                int marker = file[at + 1] & 0xFF;
                if (marker == 0xE1 || marker == 0xFE) { // APP1 (EXIF, XMP), COM
                    return true;
                }
                if (marker == 0xDA) { // start of scan: no metadata segments after it
                    return false;
                }
                at += 2 + (((file[at + 2] & 0xFF) << 8) | (file[at + 3] & 0xFF));
            }
            return false;
        }
        String ascii = new String(file, StandardCharsets.ISO_8859_1);
        return ascii.contains("eXIf") || ascii.contains("tEXt") || ascii.contains("iTXt") || ascii.contains("zTXt");
    }

    /** The bytes of an EXIF APP1 segment: big-endian TIFF with IFD0 (make, orientation, GPS) and a GPS IFD. */
    private static byte[] exif(int orientation) {
        byte[] make = (CAMERA + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifd0 = 8;
        int ifd0Size = 2 + 3 * 12 + 4;
        int gpsIfd = ifd0 + ifd0Size;
        int gpsIfdSize = 2 + 2 * 12 + 4;
        int makeAt = gpsIfd + gpsIfdSize;
        int latitudeAt = makeAt + make.length;
        ByteBuffer tiff = ByteBuffer.allocate(latitudeAt + 3 * 8);
        tiff.put(new byte[]{'M', 'M', 0, 42}).putInt(ifd0);
        tiff.putShort((short) 3);
        entry(tiff, 0x010F, 2, make.length, makeAt); // Make, ASCII
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(tiff, 0x8825, 4, 1, gpsIfd); // GPS IFD pointer, LONG
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[]{'N', 0, 0, 0}); // GPSLatitudeRef
        entry(tiff, 0x0002, 5, 3, latitudeAt); // GPSLatitude, 3 RATIONAL
        tiff.putInt(0);
        tiff.put(make);
        tiff.putInt(35).putInt(1).putInt(16).putInt(1).putInt(2).putInt(1); // 35° 16' 2"
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(tiff.array());
        return out.toByteArray();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int valueOrOffset) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(valueOrOffset);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
