package io.huzhu.risk;

/**
 * An event count over a sliding window in a few bytes: the counts of the current and the previous fixed window,
 * the previous one weighted by how much of it still lies inside the sliding window (the estimate Cloudflare and
 * others use for rate limits; exact when events are spread evenly, never off by more than the previous window).
 */
final class SlidingCount {

    private final long size;
    private long window = Long.MIN_VALUE;
    private int current;
    private int previous;

    SlidingCount(long sizeMillis) {
        this.size = sizeMillis;
    }

    synchronized double addAndEstimate(long now) {
        roll(now);
        current++;
        return estimate(now);
    }

    synchronized double estimateAt(long now) {
        roll(now);
        return estimate(now);
    }

    private double estimate(long now) {
        double elapsed = Math.floorMod(now, size) / (double) size;
        return previous * (1 - elapsed) + current;
    }

    private void roll(long now) {
        long w = Math.floorDiv(now, size);
        if (w == window) {
            return;
        }
        previous = w == window + 1 ? current : 0;
        current = 0;
        window = w;
    }
}
