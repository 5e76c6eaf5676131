package org.sanling.web.dispute;

import java.util.List;

/** A page of disputes and how many there are in all. */
public record DisputeList(long total, List<DisputeSummary> items) {
}
