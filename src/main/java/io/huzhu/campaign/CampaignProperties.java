package io.huzhu.campaign;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the campaign module ({@code huzhu.campaign.*}).
 *
 * @param dayZone the time zone in which per-day limits reset and in which rules pages show times
 * @param defaultTaskLifetime task lifetime of a campaign that does not set one
 * @param defaultClaimWindow claim window of a campaign that does not set one
 */
@ConfigurationProperties("huzhu.campaign")
record CampaignProperties(
        @DefaultValue("Asia/Shanghai") ZoneId dayZone,
        @DefaultValue("PT24H") Duration defaultTaskLifetime,
        @DefaultValue("P7D") Duration defaultClaimWindow) {

    static CampaignProperties defaults() {
        return new CampaignProperties(ZoneId.of("Asia/Shanghai"), Duration.ofHours(24), Duration.ofDays(7));
    }
}
