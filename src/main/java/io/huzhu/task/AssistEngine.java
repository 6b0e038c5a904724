package io.huzhu.task;

import io.huzhu.identity.CurrentUser;
import io.huzhu.risk.AssistCheck;
import io.huzhu.risk.RiskDecision;
import io.huzhu.risk.RiskGate;
import io.huzhu.risk.RiskReasons;
import io.huzhu.shared.ClientInfo;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.TaskId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The assist path. Cheap checks first, from cached immutable facts (task exists, not expired, not one's own,
 * helper eligible), then the inline risk gate (in-memory features: allow, hold for review, or refuse), then the
 * attempt joins its task's lane and waits for the transaction that counts it. An
 * {@code Idempotency-Key} is stored with the assist itself, in the same transaction, so a replay returns the first
 * result even after a crash. The key is looked up only for a refused attempt, so a first attempt costs no read.
 */
@Service
public class AssistEngine {

    private final TaskCache cache;
    private final AssistRepository assists;
    private final TaskRepository tasks;
    private final AssistLanes lanes;
    private final TaskProperties properties;
    private final RiskGate risk;
    private final Clock clock;

    AssistEngine(
            TaskCache cache,
            AssistRepository assists,
            TaskRepository tasks,
            AssistLanes lanes,
            TaskProperties properties,
            RiskGate risk,
            Clock clock) {
        this.risk = risk;
        this.cache = cache;
        this.assists = assists;
        this.tasks = tasks;
        this.lanes = lanes;
        this.properties = properties;
        this.clock = clock;
    }

    public AssistResult assist(TaskId taskId, CurrentUser helper, @Nullable String idempotencyKey, ClientInfo client) {
        TaskCache.TaskRef ref = cache.ref(taskId).orElseThrow(() -> HuzhuException.of(ErrorCode.TASK_NOT_FOUND));
        try {
            precheck(ref, helper);
            RiskDecision decision = risk.assessAssist(
                    new AssistCheck(helper.id(), helper.createdAt(), ref.initiatorId(), taskId, client));
            if (decision.denied()) {
                throw denied(decision);
            }
            var attempt = new AssistAttempt(taskId, helper, idempotencyKey, decision);
            lanes.submit(attempt);
            return await(attempt);
        } catch (HuzhuException refused) {
            // Looked up only when refused: a replay while the task is open is answered inside the batch, from the
            // stored row; one after the task ended (or with a key used on another task) is answered here.
            if (idempotencyKey != null) {
                Optional<AssistResult> replay = replay(taskId, helper, idempotencyKey);
                if (replay.isPresent()) {
                    return replay.get();
                }
            }
            throw refused;
        }
    }

    private Optional<AssistResult> replay(TaskId taskId, CurrentUser helper, String key) {
        return assists.byKey(helper.id(), key).map(earlier -> {
            if (!earlier.taskId().equals(taskId)) {
                throw new HuzhuException(
                        ErrorCode.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was used for an assist on another task");
            }
            return AssistResults.of(earlier, tasks.find(taskId).orElseThrow()).asReplay();
        });
    }

    /** 403 RISK_DENIED with the reason code and its sentences, so the member reads why. */
    private static HuzhuException denied(RiskDecision decision) {
        String reason = decision.reason() == null ? "RISK" : decision.reason();
        RiskReasons.Text text = RiskReasons.text(reason);
        return new HuzhuException(
                ErrorCode.RISK_DENIED,
                text.en(),
                List.of(),
                Map.of("reason", reason, "reasonZh", text.zh(), "reasonEn", text.en()));
    }

    private void precheck(TaskCache.TaskRef ref, CurrentUser helper) {
        Instant now = clock.instant();
        if (helper.id().equals(ref.initiatorId())) {
            throw HuzhuException.of(ErrorCode.SELF_ASSIST);
        }
        if (!now.isBefore(ref.expiresAt())) {
            throw new HuzhuException(ErrorCode.TASK_EXPIRED, "The task expired at " + ref.expiresAt());
        }
        TaskService.checkEligible(helper, cache.rules(ref).terms().minHelperAccountAge(), now);
    }

    private AssistResult await(AssistAttempt attempt) {
        try {
            return attempt.result().get(properties.assistTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            // The assist may still be written; a retry with the same Idempotency-Key returns it.
            throw new HuzhuException(ErrorCode.BUSY, "The assist is taking longer than usual; retry with the same key");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HuzhuException(ErrorCode.BUSY, "Interrupted");
        }
    }
}
