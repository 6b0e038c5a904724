package io.huzhu.guardrails;

import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;

/**
 * A member took a task's value (claim or settlement): {@code paidCents} is what they agreed to pay (a bargain's
 * floor price, or an expired bargain's current price; zero for free items, cash and coupons), {@code savedCents}
 * what they gained against the full price.
 */
public interface SpendSignal {

    TaskId taskId();

    UserId initiatorId();

    long paidCents();

    long savedCents();

    Instant at();
}
