package org.sanling.dispute;

import java.util.Set;

/**
 * A dispute as one caller sees it: what they may do now, and whether they may see the parties' phones whole
 * (the area's leaders may; others see them masked).
 */
public record DisputeDetails(Dispute dispute, Set<DisputeAction> actions, boolean phonesVisible) {
}
