package io.huzhu.task;

import io.huzhu.guardrails.AssistTally;
import io.huzhu.risk.AssistSignals;
import java.util.List;

/**
 * The assists counted by one transaction, over one or several tasks, in the order they were counted. One event per
 * transaction rather than one per assist: a durable listener then costs one publication per batch.
 */
public record AssistsRecorded(List<AssistRecorded> assists) implements AssistSignals, AssistTally {

    public AssistsRecorded {
        assists = List.copyOf(assists);
    }

    @Override
    public List<AssistRecorded> signals() {
        return assists;
    }

    @Override
    public List<AssistRecorded> assistFacts() {
        return assists;
    }
}
