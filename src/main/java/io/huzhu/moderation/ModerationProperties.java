package io.huzhu.moderation;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the moderation module ({@code huzhu.moderation.*}).
 *
 * @param reportsPerHour reports one member may file per hour, across groups
 * @param autoHideReports distinct trusted reporters (trust level 1 or more) who hide a message pending review
 * @param warningDecay warnings older than this no longer count toward the ladder
 * @param ladderMutes the mutes of the warn ladder: the 1st warning is a warning only, the 2nd warning mutes for
 *     the first duration, and so on; one warning more than the mutes bans
 * @param memberAge membership age for trust level 1 (member)
 * @param memberMessages messages posted in the group for trust level 1
 * @param memberClean no sanction within this period for trust level 1
 * @param trustedAge membership age for trust level 2 (trusted)
 * @param trustedMessages messages posted in the group for trust level 2
 * @param trustedClean no sanction within this period for trust level 2
 */
@ConfigurationProperties("huzhu.moderation")
public record ModerationProperties(
        @DefaultValue("10") int reportsPerHour,
        @DefaultValue("2") int autoHideReports,
        @DefaultValue("P30D") Duration warningDecay,
        @DefaultValue({"PT1H", "PT24H", "P7D"}) List<Duration> ladderMutes,
        @DefaultValue("P3D") Duration memberAge,
        @DefaultValue("10") int memberMessages,
        @DefaultValue("P30D") Duration memberClean,
        @DefaultValue("P30D") Duration trustedAge,
        @DefaultValue("50") int trustedMessages,
        @DefaultValue("P90D") Duration trustedClean) {

    public ModerationProperties {
        ladderMutes = List.copyOf(ladderMutes);
    }

    static ModerationProperties defaults() {
        return new ModerationProperties(
                10,
                2,
                Duration.ofDays(30),
                List.of(Duration.ofHours(1), Duration.ofHours(24), Duration.ofDays(7)),
                Duration.ofDays(3),
                10,
                Duration.ofDays(30),
                Duration.ofDays(30),
                50,
                Duration.ofDays(90));
    }
}
