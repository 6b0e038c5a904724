package io.huzhu.guardrails;

import io.huzhu.shared.TaskId;
import java.time.Instant;

/** A task reached its target, expired, or was opened again by a correction (task events implement this). */
public interface TaskStateSignal {

    TaskId taskId();

    Instant at();

    /** Whether the task is open after this event. */
    boolean stillOpen();

    /** Whether the task has reached its target after this event. */
    boolean reachedTarget();
}
