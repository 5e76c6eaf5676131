package org.sanling.supervision;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats a photo may have, recognised by the first bytes of the file, never by its name or
 * the type a client claims.
 */
public enum ImageKind {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final String contentType;
    private final String extension;

    ImageKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The kind of the given file content; empty when it is none of the three. */
    public static Optional<ImageKind> of(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (content.length >= 8 && Arrays.equals(Arrays.copyOf(content, 8), PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (content.length >= 12 && content[0] == 'R' && content[1] == 'I' && content[2] == 'F' && content[3] == 'F'
                && content[8] == 'W' && content[9] == 'E' && content[10] == 'B' && content[11] == 'P') {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
