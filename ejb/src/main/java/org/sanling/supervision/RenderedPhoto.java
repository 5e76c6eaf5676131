package org.sanling.supervision;

/**
 * What the portal keeps of an uploaded photo: the picture upright and without metadata, in {@code kind}
 * ({@code width} × {@code height} pixels), and its JPEG thumbnail.
 */
public record RenderedPhoto(ImageKind kind, int width, int height, byte[] photo, byte[] thumbnail) {
}
