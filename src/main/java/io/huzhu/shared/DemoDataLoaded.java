package io.huzhu.shared;

import java.time.Instant;
import java.util.List;

/**
 * The demo data was loaded on the embedded database: its campaigns, group and members, so that a sink can give them a
 * synthetic past (analytics adds sixty days of history to its roll-ups). Published by the demo module only.
 */
public record DemoDataLoaded(List<CampaignId> campaigns, List<GroupId> groups, List<UserId> members, Instant at) {
    public DemoDataLoaded {
        campaigns = List.copyOf(campaigns);
        groups = List.copyOf(groups);
        members = List.copyOf(members);
    }
}
