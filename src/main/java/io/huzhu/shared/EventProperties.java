package io.huzhu.shared;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event publication registry housekeeping ({@code huzhu.events.*}).
 *
 * @param completedRetention how long completed publications are kept before they are deleted
 */
@ConfigurationProperties("huzhu.events")
public record EventProperties(@DefaultValue("P1D") Duration completedRetention) {}
