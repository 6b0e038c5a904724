package io.huzhu.task;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the task module ({@code huzhu.task.*}).
 *
 * @param shareBaseUrl public base URL of share links ({@code <base>/t/<code>})
 * @param sweepInterval how often the expiry sweeper looks for tasks past their deadline
 * @param sweepBatch tasks handled per sweeper pass
 * @param maxAssistBatch most assists (over one or many tasks) coalesced into one transaction
 * @param assistLanes assist writers per node; a task always goes to the same one
 * @param assistTimeout how long an assist request waits for its transaction before answering busy
 */
@ConfigurationProperties("huzhu.task")
public record TaskProperties(
        @DefaultValue("http://localhost:8080") String shareBaseUrl,
        @DefaultValue("PT5S") Duration sweepInterval,
        @DefaultValue("500") int sweepBatch,
        @DefaultValue("256") int maxAssistBatch,
        @DefaultValue("4") int assistLanes,
        @DefaultValue("PT30S") Duration assistTimeout) {}
