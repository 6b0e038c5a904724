package io.huzhu.guardrails;

import java.util.UUID;

/**
 * What a member is about to agree to pay: the thing bought ({@code subjectId}, for example the task whose reward is
 * claimed), a name for it, the price and what it saves against the full price. All in cents.
 */
public record Purchase(UUID subjectId, String item, long priceCents, long savedCents) {}
