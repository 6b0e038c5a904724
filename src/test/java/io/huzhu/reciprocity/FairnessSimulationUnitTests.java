package io.huzhu.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.reciprocity.SimulatedGroup.Behaviour;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A small instance of the fairness benchmark (150 members, 3 days): the fair queue must beat the plain chat. */
class FairnessSimulationUnitTests {

    private static final long SEED = 20261124L;
    private static final SimulatedGroup GROUP = SimulatedGroup.generate(SEED, 150, 3);

    @Test
    void fairQueueCompletesMoreRequestsAndSpreadsHelpMoreEvenlyThanPlainChat() {
        var fair = FairnessRun.run(GROUP, fairQueue());
        var chat = FairnessRun.run(GROUP, new PlainChatPolicy(FairnessSimulation.DEFAULT_SCREEN));
        assertThat(fair.completedShare())
                .as("completion, seed %d: fair %s, chat %s", SEED, fair, chat)
                .isGreaterThan(chat.completedShare() + 0.05);
        assertThat(fair.gini()).as("Gini, seed %d", SEED).isLessThan(chat.gini());
        assertThat(fair.zeroHelpShare()).as("starved, seed %d", SEED).isLessThan(chat.zeroHelpShare());
    }

    @Test
    void fairQueueShowsEveryRequestAndFavoursHelpfulRequesters() {
        var fair = FairnessRun.run(GROUP, fairQueue());
        assertThat(fair.neverShownShare()).as("seed %d", SEED).isZero();
        assertThat(fair.helpsPerRequest().get(Behaviour.HELPFUL))
                .as("seed %d", SEED)
                .isGreaterThan(fair.helpsPerRequest().get(Behaviour.FREE_RIDER));
    }

    @Test
    void reciprocalQueueIsFastFinishesAsMuchAsBeforeAndServesHelpersFirst() {
        var reciprocal = FairnessRun.run(GROUP, reciprocalQueue());
        var before = FairnessRun.run(GROUP, fairQueue());
        var chat = FairnessRun.run(GROUP, new PlainChatPolicy(FairnessSimulation.DEFAULT_SCREEN));
        var hours = reciprocal.medianHoursByBehaviour();
        assertThat(reciprocal.completedShare())
                .as("completion, seed %d: reciprocal %s, before %s", SEED, reciprocal, before)
                .isGreaterThan(chat.completedShare() + 0.10)
                .isGreaterThan(before.completedShare() - 0.02);
        assertThat(reciprocal.medianHoursToComplete()).as("seed %d", SEED).isLessThan(2.0);
        assertThat(reciprocal.freeRiderRatio()).as("seed %d", SEED).isLessThan(before.freeRiderRatio());
        assertThat(hours.get(Behaviour.HELPFUL))
                .as("helpful members are served faster than free riders, seed %d", SEED)
                .isLessThan(hours.get(Behaviour.FREE_RIDER));
        assertThat(reciprocal.wastedHelpShare()).as("seed %d", SEED).isLessThan(before.wastedHelpShare());
    }

    @Test
    void theHindsightReferenceObeysTheRulesAndStaysUnderTheCapacityBound() {
        var state = OfflineGreedy.plan(GROUP);
        var reference = FairnessRun.measure(GROUP, "offline greedy (hindsight)", state);
        assertThat(reference.wastedHelpShare()).isZero();
        assertThat(reference.completedShare()).isLessThanOrEqualTo(OfflineGreedy.capacityBound(GROUP));
        for (var request : GROUP.requests()) {
            int r = request.index();
            assertThat(state.helps[r]).isIn(0, request.need());
            if (state.completedAt[r] >= 0) {
                assertThat(state.completedAt[r]).isBetween(request.postedAt(), request.deadline() - 1);
            }
        }
        for (int m = 0; m < GROUP.members().size(); m++) {
            assertThat(state.pair[m][m]).as("nobody helps themselves").isZero();
        }
    }

    @Test
    void sameSeedGivesTheSameDemandAndTheSameOutcome() {
        var again = SimulatedGroup.generate(SEED, 150, 3);
        assertThat(again.events()).isEqualTo(GROUP.events());
        assertThat(FairnessRun.run(again, fairQueue())).isEqualTo(FairnessRun.run(GROUP, fairQueue()));
    }

    @Test
    void giniIsZeroForEqualsAndGrowsWithConcentration() {
        assertThat(FairnessRun.gini(List.of(3.0, 3.0, 3.0))).isZero();
        assertThat(FairnessRun.gini(List.of(0.0, 0.0, 0.0, 12.0))).isEqualTo(0.75);
    }

    private static FairQueuePolicy reciprocalQueue() {
        return FairnessSimulation.reciprocal(
                "reciprocal queue", FairQueue.Settings.DEFAULTS, FairnessSimulation.DEFAULT_FLOOR);
    }

    private static FairQueuePolicy fairQueue() {
        return new FairQueuePolicy(
                "fair queue (before)", FairQueue.Settings.LEGACY, FairnessSimulation.DEFAULT_FLOOR, true);
    }
}
