package io.huzhu.risk.detect;

import io.huzhu.risk.Effect;
import io.huzhu.risk.RiskProperties;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Runs every detector over a snapshot and settles overlaps: an assist belongs to one finding only, the strongest
 * (a void before a review, then the higher score). Findings of a detector whose effect is OFF are reported, not
 * acted on.
 */
public final class Detection {

    public record Result(List<Finding> actionable, List<Finding> observed) {}

    private final List<Detector> detectors;

    public Detection(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** The production set of detectors with their settings. */
    public static Detection of(RiskProperties properties) {
        var d = properties.detectors();
        return new Detection(List.of(
                new DeviceClusterDetector(d.deviceCluster()),
                new RegistrationBurstDetector(d.registrationBurst()),
                new LockstepDetector(d.lockstep(), properties.suspicion()),
                new DenseBlockDetector(d.denseBlock(), properties.suspicion()),
                new DedicatedHelpersDetector(d.dedicatedHelpers(), properties.suspicion()),
                new BurstRingDetector(d.burstRing(), properties.suspicion())));
    }

    public List<Detector> detectors() {
        return detectors;
    }

    public Result run(Snapshot snapshot) {
        List<Finding> all = new ArrayList<>();
        for (Detector detector : detectors) {
            all.addAll(detector.detect(snapshot));
        }
        List<Finding> observed =
                all.stream().filter(f -> f.effect() == Effect.OFF).toList();
        List<Finding> candidates = new ArrayList<>(
                all.stream().filter(f -> f.effect() != Effect.OFF).toList());
        candidates.sort(Comparator.comparing((Finding f) -> f.effect() != Effect.VOID)
                .thenComparing(Comparator.comparingInt(Finding::score).reversed())
                .thenComparing(Finding::detector)
                .thenComparing(f -> f.assists().getFirst().id()));
        Set<UUID> claimed = new HashSet<>();
        List<Finding> actionable = new ArrayList<>();
        for (Finding finding : candidates) {
            List<SignalAssist> left = finding.assists().stream()
                    .filter(a -> !claimed.contains(a.id()))
                    .toList();
            if (left.isEmpty()) {
                continue;
            }
            left.forEach(a -> claimed.add(a.id()));
            actionable.add(
                    left.size() == finding.assists().size()
                            ? finding
                            : Finding.of(
                                            finding.detector(),
                                            finding.reason(),
                                            finding.effect(),
                                            finding.score(),
                                            left,
                                            finding.facts())
                                    .withDevices(finding.devices()));
        }
        return new Result(actionable, observed);
    }
}
