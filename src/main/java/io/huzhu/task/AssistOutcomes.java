package io.huzhu.task;

import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;

/** How the callers waiting on a group commit learn their answer: a result, or a refusal a member can read. */
final class AssistOutcomes {

    private static final Logger log = LoggerFactory.getLogger(AssistWriter.class);

    private AssistOutcomes() {}

    static HuzhuException explain(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("uq_assist_helper_key")) {
            return new HuzhuException(
                    ErrorCode.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used for an assist on another task");
        }
        if (message.contains("uq_assist_task_helper")) {
            return HuzhuException.of(ErrorCode.ALREADY_ASSISTED);
        }
        log.error("Assist rejected by the database", e);
        return new HuzhuException(ErrorCode.BUSY, "The assist could not be recorded; retry shortly");
    }

    static void complete(Map<AssistAttempt, Object> outcomes) {
        outcomes.forEach((attempt, outcome) -> {
            if (outcome instanceof AssistResult result) {
                attempt.result().complete(result);
            } else {
                attempt.result().completeExceptionally((Throwable) outcome);
            }
        });
    }

    static void fail(List<AssistAttempt> attempts, Throwable error) {
        attempts.forEach(attempt -> attempt.result().completeExceptionally(error));
    }
}
