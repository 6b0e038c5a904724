package io.huzhu.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The warn ladder: what a new warning does, given the member's earlier warnings in the group. Only warnings younger
 * than the decay window count. Defaults: 1st warning only, 2nd a 1 h mute, 3rd 24 h, 4th 7 days read-only, 5th ban.
 */
final class WarnLadder {

    enum Consequence {
        WARNING_ONLY,
        MUTE,
        BAN
    }

    /** The step a warning reached: its place among the counting warnings and what follows from it. */
    record Step(
            int warnings, Consequence consequence, @Nullable Duration mute) {}

    private final Duration decay;
    private final List<Duration> mutes;

    WarnLadder(Duration decay, List<Duration> mutes) {
        this.decay = decay;
        this.mutes = List.copyOf(mutes);
    }

    static WarnLadder of(ModerationProperties properties) {
        return new WarnLadder(properties.warningDecay(), properties.ladderMutes());
    }

    /** The step of a warning given now, with {@code earlier} the times of the member's earlier warnings. */
    Step next(Collection<Instant> earlier, Instant now) {
        Instant cutoff = now.minus(decay);
        int counting =
                1 + (int) earlier.stream().filter(at -> at.isAfter(cutoff)).count();
        if (counting == 1) {
            return new Step(1, Consequence.WARNING_ONLY, null);
        }
        if (counting - 2 < mutes.size()) {
            return new Step(counting, Consequence.MUTE, mutes.get(counting - 2));
        }
        return new Step(counting, Consequence.BAN, null);
    }

    Duration decay() {
        return decay;
    }
}
