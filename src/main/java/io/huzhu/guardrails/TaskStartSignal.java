package io.huzhu.guardrails;

import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;

/** A member started a task (the task feature's event implements this): it is active until it ends or expires. */
public interface TaskStartSignal {

    TaskId taskId();

    UserId initiatorId();

    Instant startedAt();

    Instant expiresAt();
}
