package org.sanling.supervision;

/**
 * The answer to filing: the submission, and whether this call created it ({@code false}: the client
 * UUID had been filed before and this is that first submission).
 */
public record Filed(Submission submission, boolean created) {
}
