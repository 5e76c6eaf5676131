package org.sanling.supervision;

/** A photo's bytes with their content type, for serving. */
public record PhotoContent(String contentType, byte[] bytes) {
}
