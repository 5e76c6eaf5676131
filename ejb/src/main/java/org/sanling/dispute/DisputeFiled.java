package org.sanling.dispute;

/**
 * The answer to filing: the dispute, and whether this call created it ({@code false}: the client UUID had been
 * filed before and this is that first dispute).
 */
public record DisputeFiled(Dispute dispute, boolean created) {
}
