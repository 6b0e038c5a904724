package io.huzhu.analytics;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Log-scale duration buckets, so that a median over any range of days is read from summed histograms instead of
 * every duration: bucket {@code b} holds the durations of {@code s} whole seconds with
 * {@code floor(8 * log2(1 + s)) = b}. A bucket spans a factor of 2^(1/8) ≈ 1.09; the median reported is the geometric
 * middle of the bucket holding the lower median, rounded to a second: within 4.5% plus one second of it.
 */
final class Durations {

    static final int PER_OCTAVE = 8;

    private Durations() {}

    static int bucket(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        return (int) Math.floor(PER_OCTAVE * log2(1 + seconds));
    }

    /** The representative value of a bucket, in seconds. */
    static long seconds(int bucket) {
        return Math.round(Math.pow(2, (bucket + 0.5) / PER_OCTAVE) - 1);
    }

    /** The lower median (the ceil(n/2)-th smallest duration) of a histogram, in seconds; null when it is empty. */
    static @Nullable Long median(Map<Integer, Long> histogram) {
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long rank = (total + 1) / 2;
        long seen = 0;
        for (var entry : new java.util.TreeMap<>(histogram).entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return seconds(entry.getKey());
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
