package io.huzhu.risk;

import io.huzhu.shared.Ids;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Changes whether assists count: records the new state here and tells the task module ({@link AssistStatesChanged})
 * in the same transaction, so a case and the progress it changes commit together or not at all.
 */
@Component
class Effects {

    private final SignalStore store;
    private final ApplicationEventPublisher events;

    Effects(SignalStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    void apply(
            List<SignalStore.Tracked> assists,
            SignalStore.State state,
            String reason,
            @Nullable UUID caseId,
            @Nullable UserId actor,
            Instant at) {
        if (assists.isEmpty()) {
            return;
        }
        store.setState(assists.stream().map(SignalStore.Tracked::assistId).toList(), state, caseId);
        AssistStatus status = switch (state) {
            case HELD -> AssistStatus.UNDER_REVIEW;
            case VOIDED -> AssistStatus.VOIDED;
            case COUNTED, CLEARED -> AssistStatus.COUNTED;
        };
        List<AssistStatesChanged.Change> changes = assists.stream()
                .map(a -> new AssistStatesChanged.Change(a.assistId(), a.taskId(), status))
                .toList();
        events.publishEvent(new AssistStatesChanged(Ids.next(), changes, reason, caseId, actor, at));
    }

    static SignalStore.State stateFor(Effect effect) {
        return effect == Effect.VOID ? SignalStore.State.VOIDED : SignalStore.State.HELD;
    }
}
