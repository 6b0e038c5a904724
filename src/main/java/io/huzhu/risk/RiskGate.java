package io.huzhu.risk;

import io.huzhu.shared.ClientInfo;
import io.huzhu.shared.UserId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The inline gate in the assist path: in-memory features only, a few microseconds per assist. Answers ALLOW,
 * REVIEW (the assist counts provisionally and the next scan decides) or DENY (refused with a reason the member can
 * read). Other modules also use it to turn a request's device and address into the {@link Fingerprint} that
 * travels with their events.
 */
@Service
public class RiskGate {

    private static final int WARM_UP_ROWS = 500_000;
    private final Fingerprints fingerprints;
    private final InlineGate inline;
    private final RiskProperties properties;
    private final SignalStore store;
    private final Clock clock;
    private final Map<RiskDecision.Outcome, Counter> decisions = new EnumMap<>(RiskDecision.Outcome.class);

    RiskGate(
            Fingerprints fingerprints,
            RiskProperties properties,
            SignalStore store,
            Clock clock,
            MeterRegistry meters) {
        this.fingerprints = fingerprints;
        this.properties = properties;
        this.store = store;
        this.inline = new InlineGate(properties.inline());
        this.clock = clock;
        for (RiskDecision.Outcome outcome : RiskDecision.Outcome.values()) {
            decisions.put(
                    outcome,
                    Counter.builder("huzhu.risk.inline")
                            .description("Assists assessed by the inline risk gate")
                            .tag("outcome", outcome.name())
                            .register(meters));
        }
    }

    public Fingerprint fingerprint(ClientInfo client) {
        return fingerprints.of(client);
    }

    public RiskDecision assessAssist(AssistCheck check) {
        RiskDecision decision = inline.assess(check, fingerprints.of(check.client()), clock.millis());
        decisions.get(decision.outcome()).increment();
        return decision;
    }

    /**
     * A node that starts forgets nothing the database remembers: the accounts seen on each device within the device
     * window come back into the gate (velocity counters, an hour long, start empty).
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Instant since = clock.instant().minus(properties.inline().deviceWindow());
        for (SignalStore.Seen seen : store.devicesSince(since, WARM_UP_ROWS)) {
            inline.observe(
                    seen.user(),
                    new Fingerprint(seen.device(), null, null),
                    seen.at().toEpochMilli());
        }
    }

    /** A sign-in, registration or task start from this device. */
    void observe(UserId user, Fingerprint where, Instant at) {
        inline.observe(user, where, at.toEpochMilli());
    }
}
