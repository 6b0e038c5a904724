package io.huzhu.campaign;

import io.huzhu.campaign.Violations.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns a campaign request into complete terms, or refuses it with every field error at once. Defaults are
 * applied first (task lifetime, minimum assists, minimum cut, per-user limits, account ages, expiry option, claim
 * window); then texts, times and limits are checked here and the kind-specific amounts in {@link AmountRules}.
 */
final class CampaignValidator {

    static final int MAX_TITLE = 80;
    static final int MAX_ORGANISER = 80;
    static final int MAX_REWARD = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final Duration MIN_TASK_LIFETIME = Duration.ofHours(1);
    static final Duration MAX_TASK_LIFETIME = Duration.ofDays(30);
    static final Duration MIN_CLAIM_WINDOW = Duration.ofHours(1);
    static final Duration MAX_CLAIM_WINDOW = Duration.ofDays(90);
    static final Duration MAX_ACCOUNT_AGE = Duration.ofDays(3650);
    /** A campaign starts within a year of being written, and takes new tasks for at most a year. */
    static final Duration MAX_START_DISTANCE = Duration.ofDays(366);

    static final Duration MAX_WINDOW = Duration.ofDays(366);
    /** Per-member limits: enough for any honest campaign, small enough to stay meaningful. */
    static final int MAX_LIMIT = 10_000;

    private final CampaignProperties properties;

    CampaignValidator(CampaignProperties properties) {
        this.properties = properties;
    }

    /** The terms the request describes, checked against {@code now} (a window that has ended is refused). */
    CampaignTerms validate(CampaignRequest request, Instant now) {
        Violations violations = new Violations();
        request.unknownProperties()
                .keySet()
                .forEach(name -> violations.add(name, Reason.UNKNOWN_FIELD, "Not a campaign setting"));
        CampaignRequest resolved = withDefaults(request);
        checkTexts(resolved, violations);
        checkTimes(resolved, now, violations);
        checkLimits(resolved, violations);
        AmountRules.check(request, resolved, violations);
        violations.throwIfAny();
        return toTerms(resolved);
    }

    private CampaignRequest withDefaults(CampaignRequest r) {
        CampaignRequest.Limits limits =
                r.limits() == null ? new CampaignRequest.Limits(null, null, null, null, null, null) : r.limits();
        // A minimum cut means nothing when progress is counted in assists; terms carry 1 there.
        Long minCut = r.kind() == CampaignKind.ASSIST_COUNT ? Long.valueOf(1) : or(r.minCutCents(), 1L);
        return new CampaignRequest(
                r.kind(),
                strip(r.title()),
                r.description() == null
                        ? ""
                        : r.description().replace("\r\n", "\n").strip(),
                strip(r.organiser()),
                strip(r.reward()),
                r.startsAt(),
                r.endsAt(),
                or(r.taskLifetime(), properties.defaultTaskLifetime()),
                r.startPriceCents(),
                r.floorPriceCents(),
                r.targetCents(),
                r.itemValueCents(),
                r.minAssists() == null ? r.maxAssists() : r.minAssists(),
                r.maxAssists(),
                minCut,
                r.stock(),
                r.budgetCents(),
                new CampaignRequest.Limits(
                        or(limits.maxActiveTasksPerUser(), 1),
                        or(limits.maxSuccessesPerUser(), 1),
                        limits.helperDailyLimit(),
                        limits.helperCampaignLimit(),
                        limits.helperInitiatorLimit(),
                        null),
                or(r.minInitiatorAccountAge(), Duration.ZERO),
                or(r.minHelperAccountAge(), Duration.ZERO),
                or(r.expiryOption(), ExpiryOption.NONE),
                or(r.claimWindow(), properties.defaultClaimWindow()),
                null);
    }

    private static void checkTexts(CampaignRequest r, Violations v) {
        requiredText(v, "title", r.title(), MAX_TITLE);
        requiredText(v, "organiser", r.organiser(), MAX_ORGANISER);
        requiredText(v, "reward", r.reward(), MAX_REWARD);
        String description = Objects.requireNonNull(r.description());
        if (description.codePointCount(0, description.length()) > MAX_DESCRIPTION) {
            v.add("description", Reason.TOO_LONG, "At most " + MAX_DESCRIPTION + " characters");
        }
        // Line breaks are fine in a description; nothing else invisible is.
        if (description.codePoints().anyMatch(c -> c != '\n' && isHidden(c))) {
            v.add("description", Reason.CONTROL_CHARACTERS, "No control or direction-override characters");
        }
    }

    private static void requiredText(Violations v, String field, @Nullable String value, int max) {
        if (value == null || value.isEmpty()) {
            v.add(field, Reason.REQUIRED, "Required: 1 to " + max + " characters");
            return;
        }
        if (value.codePointCount(0, value.length()) > max) {
            v.add(field, Reason.TOO_LONG, "At most " + max + " characters");
        }
        if (value.codePoints().anyMatch(CampaignValidator::isHidden)) {
            v.add(field, Reason.CONTROL_CHARACTERS, "No line breaks, control or direction-override characters");
        }
    }

    /** Control characters, and the bidirectional overrides that can make a text read differently than it is. */
    static boolean isHidden(int c) {
        return Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static void checkTimes(CampaignRequest r, Instant now, Violations v) {
        if (r.startsAt() == null) {
            v.add("startsAt", Reason.REQUIRED, "Required: the first instant a task may start (ISO-8601 UTC)");
        } else if (r.startsAt().isBefore(now.minus(MAX_START_DISTANCE))
                || r.startsAt().isAfter(now.plus(MAX_START_DISTANCE))) {
            v.add("startsAt", Reason.OUT_OF_RANGE, "Within " + MAX_START_DISTANCE.toDays() + " days of now");
        }
        if (r.endsAt() == null) {
            v.add("endsAt", Reason.REQUIRED, "Required: the last instant a task may start (ISO-8601 UTC)");
        } else if (r.startsAt() != null && !r.endsAt().isAfter(r.startsAt())) {
            v.add("endsAt", Reason.NOT_AFTER_START, "Must be after startsAt");
        } else if (!r.endsAt().isAfter(now)) {
            v.add("endsAt", Reason.IN_PAST, "The window has already ended");
        } else if (r.startsAt() != null && r.endsAt().isAfter(r.startsAt().plus(MAX_WINDOW))) {
            v.add("endsAt", Reason.OUT_OF_RANGE, "At most " + MAX_WINDOW.toDays() + " days after startsAt");
        }
        range(v, "taskLifetime", r.taskLifetime(), MIN_TASK_LIFETIME, MAX_TASK_LIFETIME);
        range(v, "claimWindow", r.claimWindow(), MIN_CLAIM_WINDOW, MAX_CLAIM_WINDOW);
        accountAge(v, "minInitiatorAccountAge", r.minInitiatorAccountAge());
        accountAge(v, "minHelperAccountAge", r.minHelperAccountAge());
    }

    private static void range(Violations v, String field, @Nullable Duration value, Duration min, Duration max) {
        if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
            v.add(field, Reason.OUT_OF_RANGE, "From " + min + " to " + max);
        }
    }

    private static void accountAge(Violations v, String field, @Nullable Duration value) {
        if (value != null && value.isNegative()) {
            v.add(field, Reason.NEGATIVE, "Must not be negative");
        } else if (value != null && value.compareTo(MAX_ACCOUNT_AGE) > 0) {
            v.add(field, Reason.OUT_OF_RANGE, "At most " + MAX_ACCOUNT_AGE);
        }
    }

    private static void checkLimits(CampaignRequest r, Violations v) {
        CampaignRequest.Limits limits = Objects.requireNonNull(r.limits());
        atLeastOne(v, "limits.maxActiveTasksPerUser", limits.maxActiveTasksPerUser());
        atLeastOne(v, "limits.maxSuccessesPerUser", limits.maxSuccessesPerUser());
        atLeastOne(v, "limits.helperDailyLimit", limits.helperDailyLimit());
        atLeastOne(v, "limits.helperCampaignLimit", limits.helperCampaignLimit());
        atLeastOne(v, "limits.helperInitiatorLimit", limits.helperInitiatorLimit());
    }

    private static void atLeastOne(Violations v, String field, @Nullable Integer value) {
        if (value != null && value < 1) {
            v.add(field, Reason.TOO_SMALL, "At least 1 (leave a helper limit out for no limit)");
        } else if (value != null && value > MAX_LIMIT) {
            v.add(field, Reason.TOO_LARGE, "At most " + MAX_LIMIT + " (leave a helper limit out for no limit)");
        }
    }

    private static CampaignTerms toTerms(CampaignRequest r) {
        CampaignRequest.Limits limits = Objects.requireNonNull(r.limits());
        return new CampaignTerms(
                Objects.requireNonNull(r.kind()),
                Objects.requireNonNull(r.title()),
                Objects.requireNonNull(r.description()),
                Objects.requireNonNull(r.organiser()),
                Objects.requireNonNull(r.reward()),
                Objects.requireNonNull(r.startsAt()),
                Objects.requireNonNull(r.endsAt()),
                Objects.requireNonNull(r.taskLifetime()),
                r.startPriceCents(),
                r.floorPriceCents(),
                r.targetCents(),
                r.itemValueCents(),
                Objects.requireNonNull(r.minAssists()),
                Objects.requireNonNull(r.maxAssists()),
                Objects.requireNonNull(r.minCutCents()),
                Objects.requireNonNull(r.stock()),
                Objects.requireNonNull(r.budgetCents()),
                new CampaignTerms.Limits(
                        Objects.requireNonNull(limits.maxActiveTasksPerUser()),
                        Objects.requireNonNull(limits.maxSuccessesPerUser()),
                        limits.helperDailyLimit(),
                        limits.helperCampaignLimit(),
                        limits.helperInitiatorLimit()),
                Objects.requireNonNull(r.minInitiatorAccountAge()),
                Objects.requireNonNull(r.minHelperAccountAge()),
                Objects.requireNonNull(r.expiryOption()),
                Objects.requireNonNull(r.claimWindow()));
    }

    private static @Nullable String strip(@Nullable String value) {
        return value == null ? null : value.strip();
    }

    private static <T> T or(@Nullable T value, T fallback) {
        return value == null ? fallback : value;
    }
}
