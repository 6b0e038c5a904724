package io.huzhu.risk.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.risk.Effect;
import io.huzhu.risk.RiskProperties;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Each detector on a synthetic graph with one injected pattern and an honest background it must leave alone. */
class DetectorsUnitTests {

    static final RiskProperties DEFAULTS = new Binder(new MapConfigurationPropertySource(java.util.Map.of("x", "y")))
            .bindOrCreate("huzhu.risk", Bindable.of(RiskProperties.class));

    static Set<UserId> helpers(List<Finding> findings) {
        Set<UserId> all = new HashSet<>();
        findings.forEach(f -> all.addAll(f.helpers()));
        return all;
    }

    @Test
    void denseBlockRecoversAnInjectedRingDespiteCamouflage() {
        for (double camouflage : new double[] {0.0, 0.3, 0.5}) {
            var b = new SnapshotBuilder(7);
            List<UserId> honest = b.honestBackground(2000, 4000);
            List<UserId> ring = b.users(20);
            UserId owner = honest.get(5);
            List<TaskId> ownerTasks = new ArrayList<>();
            for (int t = 0; t < 20; t++) {
                TaskId task = b.task();
                ownerTasks.add(task);
                Instant at = b.minutes(t * 400);
                for (UserId member : ring) {
                    if (b.random.nextDouble() < 0.8) {
                        b.assist(member, task, owner, at.plusSeconds(60L * (5 + b.random.nextInt(170))));
                    }
                }
            }
            int ringAssists = b.assists.size();
            // Camouflage: the ring also helps popular honest tasks, a share of its help.
            List<SignalAssist> honestAssists = List.copyOf(b.assists.subList(0, b.assists.size()));
            int decoys = (int) (camouflage / (1 - camouflage) * 320);
            for (int i = 0; i < decoys; i++) {
                SignalAssist target = honestAssists.get(b.random.nextInt(honestAssists.size()));
                b.assist(
                        ring.get(i % ring.size()),
                        target.task(),
                        target.initiator(),
                        target.at().plusSeconds(30));
            }
            List<Finding> found =
                    new DenseBlockDetector(DEFAULTS.detectors().denseBlock(), DEFAULTS.suspicion()).detect(b.build());
            Set<UserId> flagged = helpers(found);
            assertThat(flagged).as("camouflage " + camouflage).containsAll(ring);
            assertThat(flagged.size() - ring.size())
                    .as("honest helpers flagged with camouflage " + camouflage)
                    .isLessThanOrEqualTo(2);
            assertThat(ringAssists).isPositive();
        }
    }

    @Test
    void lockstepFindsARingAndLeavesABusyGroupAlone() {
        var b = new SnapshotBuilder(11);
        List<UserId> honest = b.honestBackground(1500, 3000);
        // A busy group's regulars: 30 members each helping about a third of 100 posts within 10 minutes.
        List<UserId> regulars = honest.subList(0, 30);
        for (int t = 0; t < 100; t++) {
            TaskId task = b.task();
            UserId owner = honest.get(40 + b.random.nextInt(1000));
            Instant at = b.minutes(t * 90);
            for (UserId r : regulars) {
                if (b.random.nextDouble() < 0.33) {
                    b.assist(r, task, owner, at.plusSeconds(b.random.nextInt(600)));
                }
            }
        }
        List<UserId> ring = b.users(10);
        UserId owner = honest.get(1200);
        for (int t = 0; t < 8; t++) {
            TaskId task = b.task();
            Instant at = b.minutes(t * 600 + 17);
            for (UserId member : ring) {
                b.assist(member, task, owner, at.plusSeconds(b.random.nextInt(300)));
            }
        }
        List<Finding> found =
                new LockstepDetector(DEFAULTS.detectors().lockstep(), DEFAULTS.suspicion()).detect(b.build());
        assertThat(helpers(found)).containsExactlyInAnyOrderElementsOf(ring);
        assertThat(found.getFirst().effect()).isEqualTo(Effect.VOID);
    }

    @Test
    void deviceClustersNeedManyAccountsOnADevice() {
        var b = new SnapshotBuilder(3);
        UserId owner = b.user();
        List<UserId> farm = b.users(5);
        List<UserId> family = b.users(3);
        TaskId task = b.task();
        for (UserId member : farm) {
            b.assist(member, task, owner, b.minutes(farm.indexOf(member)), "farm-phone");
        }
        UserId mom = b.user();
        TaskId momsTask = b.task();
        for (UserId member : family) {
            b.assist(member, momsTask, mom, b.minutes(family.indexOf(member)), "family-tablet");
        }
        List<Finding> found = new DeviceClusterDetector(DEFAULTS.detectors().deviceCluster()).detect(b.build());
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().helpers()).containsExactlyInAnyOrderElementsOf(farm);
        assertThat(found.getFirst().devices()).containsExactly("farm-phone");
    }

    @Test
    void aRegistrationBurstIsFoundAndACampusIsNot() {
        var b = new SnapshotBuilder(5);
        UserId owner = b.user();
        List<UserId> burst = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            burst.add(b.registered(b.minutes(i * 4), "one-flat"));
        }
        TaskId task = b.task();
        burst.forEach(u -> b.assist(u, task, owner, b.minutes(90 + burst.indexOf(u))));
        // Orientation day: 120 students register behind one campus address and help classmates of their own.
        List<UserId> students = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            students.add(b.registered(b.minutes(600 + i), "campus-nat"));
        }
        for (int i = 0; i < 40; i++) {
            UserId classmate = students.get(b.random.nextInt(students.size()));
            TaskId t = b.task();
            for (int h = 0; h < 6; h++) {
                UserId helper = students.get(b.random.nextInt(students.size()));
                if (!helper.equals(classmate)) {
                    b.assist(helper, t, classmate, b.minutes(800 + i * 10 + h));
                }
            }
        }
        List<Finding> found = new RegistrationBurstDetector(DEFAULTS.detectors().registrationBurst()).detect(b.build());
        assertThat(helpers(found)).containsExactlyInAnyOrderElementsOf(burst);
    }

    @Test
    void manyAccountsHelpingOnlyOneMemberAreFoundAFamilyIsNot() {
        var b = new SnapshotBuilder(9);
        b.honestBackground(800, 1500);
        UserId owner = b.user();
        List<UserId> drip = b.users(10);
        for (int day = 0; day < 6; day++) {
            TaskId task = b.task();
            for (UserId d : drip) {
                if (b.random.nextDouble() < 0.7) {
                    b.assist(d, task, owner, b.minutes(day * 1440 + b.random.nextInt(1200)));
                }
            }
        }
        List<Finding> found = new DedicatedHelpersDetector(
                        DEFAULTS.detectors().dedicatedHelpers(), DEFAULTS.suspicion())
                .detect(b.build());
        assertThat(helpers(found))
                .containsAll(drip.stream().filter(d -> count(b, d) >= 2).toList());
        assertThat(found).allSatisfy(f -> assertThat(f.initiators()).containsExactly(owner));
    }

    @Test
    void relativesWhomTheMemberHelpsBackAreNoFarm() {
        for (boolean helpsBack : new boolean[] {false, true}) {
            var b = new SnapshotBuilder(21);
            b.honestBackground(600, 1000);
            UserId grandma = b.user();
            List<UserId> relatives = b.users(12);
            for (int day = 0; day < 6; day++) {
                TaskId task = b.task();
                for (UserId r : relatives) {
                    b.assist(r, task, grandma, b.minutes(day * 1440 + 60 + b.random.nextInt(600)));
                }
            }
            if (helpsBack) {
                for (UserId r : relatives.subList(0, 6)) {
                    b.assist(grandma, b.task(), r, b.minutes(3000 + relatives.indexOf(r)));
                }
            }
            List<Finding> found = new DedicatedHelpersDetector(
                            DEFAULTS.detectors().dedicatedHelpers(), DEFAULTS.suspicion())
                    .detect(b.build());
            Set<UserId> flagged = helpers(found);
            if (helpsBack) {
                assertThat(flagged).as("helped back: a family").doesNotContainAnyElementsOf(relatives);
            } else {
                assertThat(flagged).as("nobody helps them back: a farm's shape").containsAll(relatives);
            }
        }
    }

    @Test
    void aPaidHelpPoolIsFoundAndVoidedWhenAskedForOpenly() {
        var b = new SnapshotBuilder(13);
        b.honestBackground(800, 1500);
        List<UserId> pool = b.users(30);
        List<UserId> customers = b.users(10);
        for (UserId customer : customers) {
            TaskId task = b.task();
            Instant at = b.minutes(customers.indexOf(customer) * 500);
            for (int i = 0; i < 6; i++) {
                b.assist(pool.get(b.random.nextInt(pool.size())), task, customer, at.plusSeconds(40L * i));
            }
        }
        var detector = new BurstRingDetector(DEFAULTS.detectors().burstRing(), DEFAULTS.suspicion());
        List<Finding> held = detector.detect(b.build());
        assertThat(held).hasSize(1);
        assertThat(held.getFirst().effect()).isEqualTo(Effect.REVIEW);
        b.paid.add(customers.getFirst());
        List<Finding> voided = detector.detect(b.build());
        assertThat(voided.getFirst().effect()).isEqualTo(Effect.VOID);
        assertThat(voided.getFirst().reason()).isEqualTo("PAID_HELP_RING");
    }

    @Test
    void anAssistBelongsToOneFindingTheStrongest() {
        var b = new SnapshotBuilder(17);
        UserId owner = b.user();
        List<UserId> farm = b.users(10);
        for (int t = 0; t < 6; t++) {
            TaskId task = b.task();
            for (UserId member : farm) {
                b.assist(member, task, owner, b.minutes(t * 300 + farm.indexOf(member)), "farm-phone");
            }
        }
        Detection.Result result = Detection.of(DEFAULTS).run(b.build());
        Set<java.util.UUID> seen = new HashSet<>();
        for (Finding f : result.actionable()) {
            for (SignalAssist a : f.assists()) {
                assertThat(seen.add(a.id())).as("assist in two findings").isTrue();
            }
        }
        assertThat(seen).hasSize(60);
        assertThat(result.actionable().getFirst().effect()).isEqualTo(Effect.VOID);
    }

    private static long count(SnapshotBuilder b, UserId helper) {
        return b.assists.stream().filter(a -> a.helper().equals(helper)).count();
    }

    static Instant at(Duration d) {
        return SnapshotBuilder.T0.plus(d);
    }
}
