package io.huzhu.reciprocity;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reciprocity module ({@code huzhu.reciprocity.*}).
 *
 * @param reportTtl how long an "I helped" report waits for the requester before it lapses without booking
 * @param dayZone the zone in which "posts per day" resets (the same default as the campaigns' day zone)
 * @param sweepInterval how often expired external-link requests close and unconfirmed reports lapse
 * @param queueSize requests shown in a help queue
 * @param exposedTop the top of a queue counted as an exposure, so that rotation lets no request starve
 * @param queueCandidates most open requests of a group considered when ranking
 */
@ConfigurationProperties("huzhu.reciprocity")
public record ReciprocityProperties(
        @DefaultValue("PT48H") Duration reportTtl,
        @DefaultValue("Asia/Shanghai") ZoneId dayZone,
        @DefaultValue("PT30S") Duration sweepInterval,
        @DefaultValue("20") int queueSize,
        @DefaultValue("5") int exposedTop,
        @DefaultValue("500") int queueCandidates) {}
