package io.huzhu.task;

import java.util.List;

/**
 * The assists counted by one transaction, over one or several tasks, in the order they were counted. One event per
 * transaction rather than one per assist: a durable listener then costs one publication per batch.
 */
public record AssistsRecorded(List<AssistRecorded> assists) {

    public AssistsRecorded {
        assists = List.copyOf(assists);
    }
}
