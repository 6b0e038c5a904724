package io.huzhu.risk;

import io.huzhu.shared.ClientInfo;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;

/** An assist about to be written, as the inline gate sees it: who helps whom, from where, and how old the helper is. */
public record AssistCheck(UserId helperId, Instant helperSince, UserId initiatorId, TaskId taskId, ClientInfo client) {}
