package io.huzhu.risk;

import io.huzhu.identity.AccountRegistered;
import io.huzhu.identity.SignedIn;
import io.huzhu.shared.ClientInfo;
import io.huzhu.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Learns from other modules' events, synchronously in the publishing transaction: a signal is kept exactly when
 * what it describes is committed, and raw device ids and addresses never leave the request that carried them.
 */
@Component
class SignalListeners {

    /** The finding type of paid-help offers and requests (有偿求砍, 代砍) in the content pipeline. */
    static final String PAID_ASSIST = "PAID_ASSIST";

    private final SignalStore store;
    private final RiskGate gate;

    SignalListeners(SignalStore store, RiskGate gate) {
        this.store = store;
        this.gate = gate;
    }

    @EventListener
    void on(AssistSignals assists) {
        if (!assists.signals().isEmpty()) {
            store.assists(assists.signals());
        }
    }

    @EventListener
    void on(AccountRegistered registered) {
        activity(registered.userId(), SignalStore.Activity.REGISTER, registered.client(), registered.at());
    }

    @EventListener
    void on(SignedIn signedIn) {
        activity(signedIn.userId(), SignalStore.Activity.SIGN_IN, signedIn.client(), signedIn.at());
    }

    @EventListener
    void on(ActivitySignal started) {
        Fingerprint where = started.fingerprint() == null ? Fingerprint.NONE : started.fingerprint();
        store.activity(started.subjectId(), SignalStore.Activity.TASK_START, where, started.at());
        gate.observe(started.subjectId(), where, started.at());
    }

    @EventListener
    void on(JoinSignal joined) {
        store.join(joined.groupId(), joined.userId(), joined.invitedBy(), joined.at());
    }

    @EventListener
    void on(ContentSignal screened) {
        if (screened.findingTypes().contains(PAID_ASSIST)) {
            store.content(screened.authorId(), PAID_ASSIST, screened.at());
        }
    }

    private void activity(UserId user, SignalStore.Activity kind, @Nullable ClientInfo client, Instant at) {
        Fingerprint where = client == null ? Fingerprint.NONE : gate.fingerprint(client);
        store.activity(user, kind, where, at);
        gate.observe(user, where, at);
    }
}
