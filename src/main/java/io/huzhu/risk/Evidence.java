package io.huzhu.risk;

import io.huzhu.risk.detect.Finding;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case's evidence as stored: the facts that made the detector fire, the accounts on both sides, the tasks, and the
 * shared devices and networks, masked ({@code …a1b2}, {@code 203.0.113.*}): neither a device id nor an address, not
 * even their hashes, leaves risk control's signal tables.
 */
record Evidence(
        Map<String, Object> facts,
        List<UUID> helpers,
        List<UUID> initiators,
        List<UUID> tasks,
        List<String> devices,
        List<String> networks) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_LISTED = 1000;

    static Evidence of(Finding finding) {
        return new Evidence(
                new LinkedHashMap<>(finding.facts()),
                cap(finding.helpers().stream().map(UserId::value).toList()),
                cap(finding.initiators().stream().map(UserId::value).toList()),
                cap(finding.tasks().stream().map(TaskId::value).toList()),
                cap(finding.devices().stream()
                        .map(Fingerprints::maskedDevice)
                        .distinct()
                        .toList()),
                cap(finding.networks().stream()
                        .map(Fingerprints::masked)
                        .distinct()
                        .toList()));
    }

    /** The evidence of a case that grew: everything named before and now, the newest facts. */
    Evidence merge(Evidence newer) {
        return new Evidence(
                newer.facts,
                union(helpers, newer.helpers),
                union(initiators, newer.initiators),
                union(tasks, newer.tasks),
                union(devices, newer.devices),
                union(networks, newer.networks));
    }

    String json() {
        return JSON.writeValueAsString(this);
    }

    static Evidence parse(String json) {
        return JSON.readValue(json, Evidence.class);
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return cap(new ArrayList<>(all));
    }

    private static <T> List<T> cap(List<T> list) {
        return list.size() <= MAX_LISTED ? List.copyOf(list) : List.copyOf(list.subList(0, MAX_LISTED));
    }
}
