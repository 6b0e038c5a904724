package io.huzhu.campaign;

import io.huzhu.campaign.Violations.Reason;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The kind-specific checks: which amounts a kind needs and which it must not carry, prices, the number of assists
 * against the cents to cut, stock, budget and the expiry option. The goal is that every published campaign can
 * actually be completed: every cut at least the minimum, the maximum number of assists reachable, and a budget
 * that pays for at least one task.
 */
final class AmountRules {

    static final long MAX_CENTS = 1_000_000_000L;
    static final int MAX_ASSISTS = 100_000;
    static final int MAX_STOCK = 10_000_000;

    private static final Map<CampaignKind, List<String>> FOREIGN = Map.of(
            CampaignKind.BARGAIN, List.of("targetCents", "itemValueCents"),
            CampaignKind.CASH_TARGET, List.of("startPriceCents", "floorPriceCents", "itemValueCents"),
            CampaignKind.ASSIST_COUNT, List.of("startPriceCents", "floorPriceCents", "targetCents", "minCutCents"));

    private AmountRules() {}

    /**
     * @param original the request as sent (to tell a field that was sent from one that was defaulted)
     * @param r the request with defaults applied
     */
    static void check(CampaignRequest original, CampaignRequest r, Violations v) {
        CampaignKind kind = r.kind();
        if (kind == null) {
            v.add("kind", Reason.REQUIRED, "Required: BARGAIN, ASSIST_COUNT or CASH_TARGET");
        }
        cents(v, "startPriceCents", r.startPriceCents());
        cents(v, "floorPriceCents", r.floorPriceCents());
        cents(v, "targetCents", r.targetCents());
        cents(v, "itemValueCents", r.itemValueCents());
        cents(v, "minCutCents", r.minCutCents());
        cents(v, "budgetCents", r.budgetCents());
        atLeastOneCent(v, "minCutCents", r.minCutCents());
        if (kind != null) {
            foreign(original, kind, v);
            required(r, kind, v);
        }
        Long amount = kind == null ? null : amountToCut(r, kind, v);
        assists(original, r, kind, amount, v);
        stockAndBudget(r, kind, v);
        expiry(r, kind, v);
    }

    private static void cents(Violations v, String field, @Nullable Long value) {
        if (value == null) {
            return;
        }
        if (value < 0) {
            v.add(field, Reason.NEGATIVE, "Must not be negative");
        } else if (value > MAX_CENTS) {
            v.add(field, Reason.TOO_LARGE, "At most " + MAX_CENTS + " cents");
        }
    }

    private static void atLeastOneCent(Violations v, String field, @Nullable Long value) {
        if (value != null && !v.has(field) && value < 1) {
            v.add(field, Reason.TOO_SMALL, "At least 1 cent");
        }
    }

    private static void foreign(CampaignRequest original, CampaignKind kind, Violations v) {
        for (String field : FOREIGN.get(kind)) {
            if (sent(original, field) != null) {
                v.add(field, Reason.NOT_ALLOWED_FOR_KIND, "Has no meaning for a " + kind + " campaign");
            }
        }
    }

    private static @Nullable Long sent(CampaignRequest r, String field) {
        return switch (field) {
            case "startPriceCents" -> r.startPriceCents();
            case "floorPriceCents" -> r.floorPriceCents();
            case "targetCents" -> r.targetCents();
            case "itemValueCents" -> r.itemValueCents();
            case "minCutCents" -> r.minCutCents();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static void required(CampaignRequest r, CampaignKind kind, Violations v) {
        switch (kind) {
            case BARGAIN -> {
                present(v, "startPriceCents", r.startPriceCents(), "the price a task starts at");
                present(v, "floorPriceCents", r.floorPriceCents(), "the price assists bring it down to");
            }
            case CASH_TARGET -> {
                present(v, "targetCents", r.targetCents(), "the amount to accumulate");
                atLeastOneCent(v, "targetCents", r.targetCents());
            }
            case ASSIST_COUNT -> {
                present(v, "itemValueCents", r.itemValueCents(), "the value of the reward");
                atLeastOneCent(v, "itemValueCents", r.itemValueCents());
            }
        }
    }

    private static void present(Violations v, String field, @Nullable Long value, String what) {
        if (value == null) {
            v.add(field, Reason.REQUIRED, "Required: " + what + ", in cents");
        }
    }

    /** What one task's assists add up to, or null when the amounts it depends on are invalid. */
    private static @Nullable Long amountToCut(CampaignRequest r, CampaignKind kind, Violations v) {
        return switch (kind) {
            case BARGAIN -> {
                Long start = valid(v, "startPriceCents", r.startPriceCents());
                Long floor = valid(v, "floorPriceCents", r.floorPriceCents());
                if (start == null || floor == null) {
                    yield null;
                }
                if (floor >= start) {
                    v.add("floorPriceCents", Reason.FLOOR_NOT_BELOW_START, "Must be below startPriceCents");
                    yield null;
                }
                yield start - floor;
            }
            case CASH_TARGET -> valid(v, "targetCents", r.targetCents());
            case ASSIST_COUNT -> null;
        };
    }

    private static @Nullable Long valid(Violations v, String field, @Nullable Long value) {
        return value == null || v.has(field) ? null : value;
    }

    private static void assists(
            CampaignRequest original,
            CampaignRequest r,
            @Nullable CampaignKind kind,
            @Nullable Long amount,
            Violations v) {
        Integer max = assistCount(v, "maxAssists", r.maxAssists());
        // A defaulted minimum equals the maximum: its problems are the maximum's, reported once.
        Integer min = original.minAssists() == null ? null : assistCount(v, "minAssists", r.minAssists());
        if (kind == CampaignKind.ASSIST_COUNT) {
            if (original.minAssists() != null && !original.minAssists().equals(r.maxAssists())) {
                v.add("minAssists", Reason.MUST_EQUAL_MAX_ASSISTS, "An ASSIST_COUNT task needs exactly maxAssists");
            }
            return;
        }
        if (min != null && max != null && min > max) {
            v.add("minAssists", Reason.MIN_ABOVE_MAX, "Must not exceed maxAssists");
        }
        Long minCut = valid(v, "minCutCents", r.minCutCents());
        if (amount == null || minCut == null) {
            return;
        }
        tooManyAssists(v, "maxAssists", max, minCut, amount);
        tooManyAssists(v, "minAssists", min, minCut, amount);
    }

    private static @Nullable Integer assistCount(Violations v, String field, @Nullable Integer value) {
        if (value == null) {
            if (field.equals("maxAssists")) {
                v.add(field, Reason.REQUIRED, "Required: the most assists a task can need");
            }
            return null;
        }
        if (value < 1 || value > MAX_ASSISTS) {
            v.add(field, Reason.OUT_OF_RANGE, "From 1 to " + MAX_ASSISTS);
            return null;
        }
        return value;
    }

    // Every cut is at least the minimum, so n assists cut at least n * minCut: more than the amount is impossible.
    private static void tooManyAssists(
            Violations v, String field, @Nullable Integer assists, long minCut, long amount) {
        if (assists != null && assists * minCut > amount) {
            v.add(
                    field,
                    Reason.MORE_ASSISTS_THAN_CENTS,
                    assists + " assists of at least " + minCut + " cents need " + (assists * minCut)
                            + " cents, but only " + amount + " cents are to be cut");
        }
    }

    private static void stockAndBudget(CampaignRequest r, @Nullable CampaignKind kind, Violations v) {
        Integer stock = r.stock();
        if (stock == null) {
            v.add("stock", Reason.REQUIRED, "Required: the number of rewards");
        } else if (stock < 1 || stock > MAX_STOCK) {
            v.add("stock", Reason.OUT_OF_RANGE, "From 1 to " + MAX_STOCK);
        }
        if (r.budgetCents() == null) {
            v.add("budgetCents", Reason.REQUIRED, "Required: the total value committed, in cents");
            return;
        }
        Long budget = valid(v, "budgetCents", r.budgetCents());
        Long reward = kind == null ? null : rewardValue(r, kind, v);
        if (budget != null && reward != null && budget < reward) {
            v.add(
                    "budgetCents",
                    Reason.BUDGET_BELOW_REWARD,
                    "One task reserves " + reward + " cents; a budget of " + budget + " cents lets no task start");
        }
    }

    private static @Nullable Long rewardValue(CampaignRequest r, CampaignKind kind, Violations v) {
        if (kind == CampaignKind.ASSIST_COUNT) {
            return valid(v, "itemValueCents", r.itemValueCents());
        }
        if (kind == CampaignKind.CASH_TARGET) {
            return valid(v, "targetCents", r.targetCents());
        }
        Long start = valid(v, "startPriceCents", r.startPriceCents());
        Long floor = valid(v, "floorPriceCents", r.floorPriceCents());
        return start == null || floor == null ? null : start - floor;
    }

    private static void expiry(CampaignRequest r, @Nullable CampaignKind kind, Violations v) {
        ExpiryOption option = r.expiryOption();
        if (kind == null || option == null) {
            return;
        }
        boolean allowed = switch (option) {
            case NONE -> true;
            case BUY_AT_CURRENT_PRICE -> kind == CampaignKind.BARGAIN;
            case COUPON -> kind != CampaignKind.ASSIST_COUNT;
        };
        if (!allowed) {
            v.add("expiryOption", Reason.NOT_ALLOWED_FOR_KIND, option + " is not available for " + kind);
        }
    }
}
