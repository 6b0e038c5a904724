package io.huzhu.analytics;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the analytics module ({@code huzhu.analytics.*}).
 *
 * @param zone the time zone whose calendar days and weeks (Monday first) the roll-ups count in
 * @param interval how often the roll-up writer folds new facts
 * @param settle how old a fact must be before it is folded, so that facts committed a little out of order are folded
 *     in event-time order
 * @param batch most facts folded in one transaction
 * @param keepKeys how long the keys of folded facts are kept to recognise a replayed event
 * @param smallestShown the smallest number of members a breakdown shows; fewer are shown as "< n"
 */
@ConfigurationProperties("huzhu.analytics")
public record AnalyticsProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("PT5S") Duration interval,
        @DefaultValue("PT2S") Duration settle,
        @DefaultValue("5000") int batch,
        @DefaultValue("P30D") Duration keepKeys,
        @DefaultValue("5") int smallestShown) {}
