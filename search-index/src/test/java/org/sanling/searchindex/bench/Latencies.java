package org.sanling.searchindex.bench;

import java.util.Arrays;
import java.util.stream.LongStream;

/** Measured latencies and their percentiles, in milliseconds. Immutable. */
public final class Latencies {

    private final long[] sortedNanos;

    private Latencies(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    public static Latencies of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    /** These latencies and {@code other}'s as one set, e.g. several groups of queries together. */
    Latencies with(Latencies other) {
        return of(LongStream.concat(Arrays.stream(sortedNanos), Arrays.stream(other.sortedNanos)).toArray());
    }

    public double p50() {
        return percentile(0.50);
    }

    public double p95() {
        return percentile(0.95);
    }

    public double p99() {
        return percentile(0.99);
    }

    private double percentile(double quantile) {
        int rank = (int) Math.ceil(quantile * sortedNanos.length) - 1;
        return sortedNanos[Math.max(rank, 0)] / 1e6;
    }

    /** This one's percentiles divided by {@code other}'s: how two contenders measured together compare. */
    public String ratioTo(Latencies other) {
        return String.format("p50 %.3g, p95 %.3g, p99 %.3g", p50() / other.p50(), p95() / other.p95(), p99() / other.p99());
    }

    @Override
    public String toString() {
        return String.format("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d queries)", p50(), p95(), p99(), sortedNanos.length);
    }
}
