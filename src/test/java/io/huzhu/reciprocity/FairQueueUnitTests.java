package io.huzhu.reciprocity;

import static io.huzhu.reciprocity.FairQueue.Settings.LEGACY;
import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.reciprocity.FairQueue.Candidate;
import io.huzhu.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Property-style tests: each property is checked on many random queues drawn from a seeded {@link Random}; a failure
 * names the seed so that it can be replayed.
 */
class FairQueueUnitTests {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final int TRIES = 300;

    @Test
    void rankingIsDeterministicAndIndependentOfInputOrder() {
        forSeeds(random -> {
            var candidates = randomQueue(random, 1 + random.nextInt(40));
            var shuffled = new ArrayList<>(candidates);
            Collections.shuffle(shuffled, random);
            assertThat(FairQueue.rank(shuffled, NOW, LEGACY)).isEqualTo(FairQueue.rank(candidates, NOW, LEGACY));
        });
    }

    @Test
    void closerDeadlineComesFirstAllElseEqual() {
        forSeeds(random -> {
            var base = randomCandidate(random);
            var deadline = NOW.plusSeconds(60 + random.nextInt(20 * 3600));
            var later = with(base, UUID.randomUUID(), deadline.plusSeconds(60 + random.nextInt(3600)));
            var earlier = with(base, UUID.randomUUID(), deadline);
            assertThat(FairQueue.rank(List.of(later, earlier), NOW, LEGACY)).containsExactly(earlier, later);
        });
    }

    @Test
    void helpfulRequesterComesBeforeFreeRiderAllElseEqual() {
        forSeeds(random -> {
            var base = randomCandidate(random);
            int received = 5 + random.nextInt(30);
            var helpful = ledger(base, received + 1 + random.nextInt(20), received);
            var freeRider = ledger(base, random.nextInt(received), received);
            assertThat(FairQueue.rank(List.of(freeRider, helpful), NOW, LEGACY)).containsExactly(helpful, freeRider);
        });
    }

    @Test
    void newcomerIsNotPunishedLikeAFreeRider() {
        forSeeds(random -> {
            var base = randomCandidate(random);
            var newcomer = ledger(base, 0, 0);
            var freeRider = ledger(base, 0, 1 + random.nextInt(20));
            assertThat(FairQueue.rank(List.of(freeRider, newcomer), NOW, LEGACY))
                    .containsExactly(newcomer, freeRider);
        });
    }

    @Test
    void aRepeatedlyShownRequestSinksBelowAnEqualUnshownOne() {
        forSeeds(random -> {
            var base = exposed(randomCandidate(random), 0);
            var unshown = copy(base);
            var shown = exposed(base, 1 + random.nextInt(50));
            assertThat(FairQueue.rank(List.of(shown, unshown), NOW, LEGACY)).containsExactly(unshown, shown);
        });
    }

    @Test
    void anUnshownRequestCloseToItsDeadlineRisesAboveFreshShownOnes() {
        forSeeds(random -> {
            var fresh = new ArrayList<Candidate>();
            for (int i = 0; i < 10; i++) {
                var c = randomCandidate(random);
                fresh.add(exposed(with(c, c.requestId(), NOW.plus(Duration.ofHours(20 + random.nextInt(4)))), 10));
            }
            var base = randomCandidate(random);
            var urgent = exposed(with(base, base.requestId(), NOW.plus(Duration.ofMinutes(30))), 0);
            fresh.add(urgent);
            assertThat(FairQueue.rank(fresh, NOW, LEGACY).getFirst()).isEqualTo(urgent);
        });
    }

    @Test
    void belowTheBalanceFloorLosesPriority() {
        forSeeds(random -> {
            var base = randomCandidate(random);
            var above = floor(base, false);
            var below = floor(base, true);
            assertThat(FairQueue.rank(List.of(below, above), NOW, LEGACY)).containsExactly(above, below);
        });
    }

    @Test
    void expiredAndCompletedRequestsAreLeftOut() {
        forSeeds(random -> {
            var candidates = randomQueue(random, 1 + random.nextInt(40));
            assertThat(FairQueue.rank(candidates, NOW, LEGACY))
                    .allSatisfy(c -> assertThat(c.deadline()).isAfter(NOW))
                    .allSatisfy(c -> assertThat(c.helpStillNeeded()).isPositive())
                    .hasSize((int) candidates.stream()
                            .filter(c -> c.deadline().isAfter(NOW) && c.helpStillNeeded() > 0)
                            .count());
        });
    }

    @Test
    void exactTiesAreBrokenByRequestIdSoTheOrderIsStable() {
        forSeeds(random -> {
            var base = randomCandidate(random);
            var twins = new ArrayList<Candidate>();
            for (int i = 0; i < 5; i++) {
                twins.add(with(base, new UUID(random.nextLong(), random.nextLong()), base.deadline()));
            }
            var ranked = FairQueue.rank(twins, NOW, LEGACY);
            assertThat(ranked).extracting(Candidate::requestId).isSorted();
            assertThat(FairQueue.rank(ranked.reversed(), NOW, LEGACY)).isEqualTo(ranked);
        });
    }

    @Test
    void unknownNeedCountsAsOneMoreHelp() {
        var c = randomCandidate(new Random(1));
        var legacy = new Candidate(
                c.requestId(),
                c.requesterId(),
                c.postedAt(),
                c.deadline(),
                c.helpGiven(),
                c.helpReceived(),
                c.exposures(),
                c.belowBalanceFloor());
        assertThat(legacy.helpStillNeeded()).isEqualTo(1);
    }

    private static void forSeeds(Consumer<Random> property) {
        // Fixed by default so that CI is deterministic; -Dhuzhu.test.seed=<n> explores other cases.
        long first = Long.getLong("huzhu.test.seed", 20261124L);
        for (int i = 0; i < TRIES; i++) {
            long seed = first + i;
            try {
                property.accept(new Random(seed));
            } catch (AssertionError e) {
                throw new AssertionError("property failed for seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    private static List<Candidate> randomQueue(Random random, int size) {
        var candidates = new ArrayList<Candidate>();
        for (int i = 0; i < size; i++) {
            candidates.add(randomCandidate(random));
        }
        return candidates;
    }

    /** A random candidate; about one in ten is expired and one in twenty completed. */
    private static Candidate randomCandidate(Random random) {
        var deadline = NOW.plusSeconds(random.nextInt(26 * 3600) - 2 * 3600);
        return new Candidate(
                new UUID(random.nextLong(), random.nextLong()),
                new UserId(new UUID(random.nextLong(), random.nextLong())),
                deadline.minus(Duration.ofHours(24)),
                deadline,
                random.nextInt(30),
                random.nextInt(30),
                random.nextInt(40),
                random.nextInt(5) == 0,
                random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(8));
    }

    private static Candidate with(Candidate c, UUID id, Instant deadline) {
        return new Candidate(
                id,
                c.requesterId(),
                deadline.minus(Duration.ofHours(24)),
                deadline.isAfter(NOW) ? deadline : NOW.plusSeconds(60),
                c.helpGiven(),
                c.helpReceived(),
                c.exposures(),
                c.belowBalanceFloor(),
                Math.max(1, c.helpStillNeeded()));
    }

    private static Candidate copy(Candidate c) {
        return with(c, UUID.randomUUID(), c.deadline());
    }

    private static Candidate ledger(Candidate c, int given, int received) {
        var open = copy(c);
        return new Candidate(
                open.requestId(),
                open.requesterId(),
                open.postedAt(),
                open.deadline(),
                given,
                received,
                open.exposures(),
                open.belowBalanceFloor(),
                open.helpStillNeeded());
    }

    private static Candidate exposed(Candidate c, int exposures) {
        var open = copy(c);
        return new Candidate(
                open.requestId(),
                open.requesterId(),
                open.postedAt(),
                open.deadline(),
                open.helpGiven(),
                open.helpReceived(),
                exposures,
                open.belowBalanceFloor(),
                open.helpStillNeeded());
    }

    private static Candidate floor(Candidate c, boolean below) {
        var open = copy(c);
        return new Candidate(
                open.requestId(),
                open.requesterId(),
                open.postedAt(),
                open.deadline(),
                open.helpGiven(),
                open.helpReceived(),
                open.exposures(),
                below,
                open.helpStillNeeded());
    }
}
