package io.huzhu.risk;

import java.util.Arrays;

/**
 * The distinct values (accounts on a device, devices of an account) seen lately, each with when it was last seen;
 * at most {@code capacity} of them, the stalest dropped first. Small on purpose: the thresholds it feeds are small.
 */
final class RecentSet<T> {

    private final Object[] values;
    private final long[] seen;
    private int size;

    RecentSet(int capacity) {
        this.values = new Object[capacity];
        this.seen = new long[capacity];
    }

    /** Adds or refreshes {@code value} and returns how many distinct values were seen within {@code window}. */
    synchronized int add(T value, long now, long window) {
        int at = indexOf(value);
        if (at < 0) {
            at = size < values.length ? size++ : stalest();
            values[at] = value;
        }
        seen[at] = Math.max(seen[at], now);
        return countSince(now - window);
    }

    synchronized boolean contains(T value, long now, long window) {
        int at = indexOf(value);
        return at >= 0 && seen[at] >= now - window;
    }

    synchronized int count(long now, long window) {
        return countSince(now - window);
    }

    private int countSince(long since) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (seen[i] >= since) {
                count++;
            }
        }
        return count;
    }

    private int indexOf(T value) {
        for (int i = 0; i < size; i++) {
            if (values[i].equals(value)) {
                return i;
            }
        }
        return -1;
    }

    private int stalest() {
        int oldest = 0;
        for (int i = 1; i < size; i++) {
            if (seen[i] < seen[oldest]) {
                oldest = i;
            }
        }
        return oldest;
    }

    @Override
    public synchronized String toString() {
        return "RecentSet" + Arrays.toString(Arrays.copyOf(seen, size));
    }
}
