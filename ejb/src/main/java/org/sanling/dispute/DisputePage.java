package org.sanling.dispute;

import java.util.List;

/** A page of disputes, newest first, and how many match in all. */
public record DisputePage(long total, List<Dispute> items) {
}
