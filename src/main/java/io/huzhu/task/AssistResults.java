package io.huzhu.task;

/** Rebuilds the answer to an assist from its stored row, for replays: the figures right after the assist. */
final class AssistResults {

    private AssistResults() {}

    static AssistResult of(AssistRow row, TaskRow task) {
        int left = row.openAfter() != null ? row.openAfter() : task.cutCount() - row.seq() - 1;
        return new AssistResult(
                row.id(),
                row.taskId(),
                row.helperId(),
                row.seq(),
                row.cut(),
                row.progressAfter(),
                task.targetAmount() - row.progressAfter(),
                left,
                left == 0 ? TaskStatus.SUCCEEDED : TaskStatus.OPEN,
                row.status(),
                row.reason(),
                row.createdAt(),
                false);
    }
}
