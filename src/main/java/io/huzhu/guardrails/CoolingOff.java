package io.huzhu.guardrails;

import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cooling-off for big purchases: the first attempt opens a hold and is refused with {@code COOLING_OFF}; the member
 * confirms it, naming the hold, no sooner than {@code huzhu.guardrails.cooling-off-delay} later and within
 * {@code cooling-off-window} after that. The hold is written in a transaction of its own, because the refusal rolls
 * back the caller's; the confirmation is written in the caller's, so it counts only if the purchase commits.
 */
@Component
class CoolingOff {

    record Hold(
            UUID id,
            UUID subjectId,
            String item,
            long priceCents,
            long savedCents,
            Instant confirmableAt,
            Instant expiresAt) {}

    private final JdbcClient jdbc;
    private final GuardrailsProperties properties;
    private final TransactionTemplate independent;

    CoolingOff(JdbcClient jdbc, GuardrailsProperties properties, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.independent = new TransactionTemplate(transactions);
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Passes only for a confirmation of a confirmable hold on this very purchase; otherwise refuses. */
    void require(
            UserId member,
            Purchase purchase,
            @Nullable UUID confirmation,
            long threshold,
            long spent,
            long limit,
            ZoneId zone,
            Instant now) {
        Optional<Hold> open = open(member, purchase, now);
        if (open.isPresent()
                && open.get().id().equals(confirmation)
                && !now.isBefore(open.get().confirmableAt())) {
            jdbc.sql("update guardrail_hold set confirmed_at = :at where id = :id")
                    .param("at", Sql.ts(now))
                    .param("id", open.get().id())
                    .update();
            return;
        }
        Hold hold = open.orElseGet(() -> create(member, purchase, now));
        throw Refusals.coolingOff(hold, threshold, spent, limit, now, zone);
    }

    private Optional<Hold> open(UserId member, Purchase purchase, Instant now) {
        return jdbc
                .sql("select * from guardrail_hold where user_id = :u and subject_id = :s and price_cents = :p"
                        + " and confirmed_at is null and expires_at > :n order by created_at desc")
                .param("u", member.value())
                .param("s", purchase.subjectId())
                .param("p", purchase.priceCents())
                .param("n", Sql.ts(now))
                .query((rs, n) -> new Hold(
                        Sql.uuid(rs, "id"),
                        Sql.uuid(rs, "subject_id"),
                        rs.getString("item"),
                        rs.getLong("price_cents"),
                        rs.getLong("saved_cents"),
                        Sql.requiredInstant(rs, "confirmable_at"),
                        Sql.requiredInstant(rs, "expires_at")))
                .list()
                .stream()
                .findFirst();
    }

    private Hold create(UserId member, Purchase purchase, Instant now) {
        Instant confirmable = now.plus(properties.coolingOffDelay());
        String item = purchase.item().length() > 200 ? purchase.item().substring(0, 200) : purchase.item();
        Hold hold = new Hold(
                UUID.randomUUID(),
                purchase.subjectId(),
                item,
                purchase.priceCents(),
                purchase.savedCents(),
                confirmable,
                confirmable.plus(properties.coolingOffWindow()));
        independent.executeWithoutResult(status -> jdbc.sql(
                        "insert into guardrail_hold (id, user_id, subject_id, item, price_cents, saved_cents,"
                                + " created_at, confirmable_at, expires_at)"
                                + " values (:id, :u, :s, :item, :p, :saved, :c, :ca, :e)")
                .param("id", hold.id())
                .param("u", member.value())
                .param("s", hold.subjectId())
                .param("item", hold.item())
                .param("p", hold.priceCents())
                .param("saved", hold.savedCents())
                .param("c", Sql.ts(now))
                .param("ca", Sql.ts(hold.confirmableAt()))
                .param("e", Sql.ts(hold.expiresAt()))
                .update());
        return hold;
    }
}
