package io.huzhu.reciprocity;

import io.huzhu.task.AssistRecorded;
import java.util.List;

/**
 * The assists of one transaction on tasks that were asked for help in a group: the only ones the ledger books. Published
 * inside the assists' transaction, so that the durable booking is paid for by the few transactions that need it.
 */
public record AskedTasksAssisted(List<AssistRecorded> assists) {

    public AskedTasksAssisted {
        assists = List.copyOf(assists);
    }
}
