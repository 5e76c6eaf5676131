package org.sanling.dispute;

/** What a run of one of the disputes' jobs did: disputes it acted on (reminded or escalated) and notices sent. */
public record WatchCounts(int disputes, int notified) {

    public static final WatchCounts NONE = new WatchCounts(0, 0);

    WatchCounts plus(WatchCounts other) {
        return new WatchCounts(disputes + other.disputes, notified + other.notified);
    }
}
