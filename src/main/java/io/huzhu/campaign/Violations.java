package io.huzhu.campaign;

import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import java.util.ArrayList;
import java.util.List;

/** Collects field errors so that one response reports every problem of a request at once. */
final class Violations {

    /** Stable reason codes of campaign field errors; clients key their messages on them. */
    enum Reason {
        /** The field is missing (or blank). */
        REQUIRED,
        /** A property that is not a campaign setting (often a misspelt one). */
        UNKNOWN_FIELD,
        /** The field has no meaning for the campaign's kind. */
        NOT_ALLOWED_FOR_KIND,
        /** The text is longer than allowed. */
        TOO_LONG,
        /** The text contains control or direction-override characters. */
        CONTROL_CHARACTERS,
        /** A negative amount or duration. */
        NEGATIVE,
        /** An amount above 1,000,000,000 cents. */
        TOO_LARGE,
        /** Below the field's minimum. */
        TOO_SMALL,
        /** Outside the field's allowed range. */
        OUT_OF_RANGE,
        /** The floor price is not below the start price. */
        FLOOR_NOT_BELOW_START,
        /** The end of the window is not after its start. */
        NOT_AFTER_START,
        /** The window has already ended. */
        IN_PAST,
        /** More minimum assists than maximum assists. */
        MIN_ABOVE_MAX,
        /** ASSIST_COUNT needs exactly one number of assists. */
        MUST_EQUAL_MAX_ASSISTS,
        /** So many assists of at least the minimum cut would cut more than the amount to cut. */
        MORE_ASSISTS_THAN_CENTS,
        /** The budget cannot pay for even one task's reward, so no task could start. */
        BUDGET_BELOW_REWARD,
        /** A published campaign cannot change its kind. */
        KIND_CHANGED,
        /** Lowering stock or budget by this much would take back what started tasks already reserved. */
        BELOW_RESERVED,
        /** A malformed query parameter. */
        INVALID
    }

    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, Reason reason, String message) {
        errors.add(new FieldError(field, reason.name(), message));
    }

    boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    List<FieldError> list() {
        return List.copyOf(errors);
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw HuzhuException.invalid(errors);
        }
    }

    static HuzhuException single(String field, Reason reason, String message) {
        Violations violations = new Violations();
        violations.add(field, reason, message);
        return HuzhuException.invalid(violations.list());
    }
}
