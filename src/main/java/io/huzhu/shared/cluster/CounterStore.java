package io.huzhu.shared.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counters with the time of their last increment, kept for a while: the sign-in slow-down's failures per account and
 * address. In this node's memory ({@link LocalCounterStore}) or in Redis for every node ({@link RedisCounterStore}).
 */
public interface CounterStore {

    /** A count and when it last grew. */
    record Count(int count, Instant last) {}

    Optional<Count> get(String key);

    /**
     * Adds one at {@code now} and returns the new count; a count whose last increment is older than
     * {@code restartAfter} starts again at one. The counter is forgotten {@code keep} after its last increment.
     */
    Count increment(String key, Instant now, Duration restartAfter, Duration keep);

    void delete(String key);
}
