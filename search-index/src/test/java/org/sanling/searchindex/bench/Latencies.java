package org.sanling.searchindex.bench;

import java.util.Arrays;

/** Percentiles of measured latencies, in milliseconds. */
record Latencies(int count, double p50, double p95, double p99) {

    static Latencies of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99));
    }

    private static double percentile(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(rank, 0)] / 1e6;
    }

    @Override
    public String toString() {
        return String.format("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d queries)", p50, p95, p99, count);
    }
}
