package org.sanling.legalaid;

/**
 * The answer to logging a consultation.
 *
 * @param created false when its client UUID was logged before and this is the first consultation again
 */
public record Logged(Consultation consultation, boolean created) {
}
