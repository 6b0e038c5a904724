package io.huzhu.shared;

import io.huzhu.shared.HuzhuException.FieldError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Free text from a request body: stripped, bounded, without control characters other than line breaks. */
public final class TextInput {

    private TextInput() {}

    /** The stripped text, or null when absent or blank; a 400 when too long or holding control characters. */
    public static @Nullable String optional(String field, @Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max || value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw HuzhuException.invalid(List.of(
                    new FieldError(field, "INVALID", "At most " + max + " characters, without control characters")));
        }
        return value;
    }

    /** As {@link #optional}, but a missing or blank text is a 400 too. */
    public static String required(String field, @Nullable String text, int max) {
        String value = optional(field, text, max);
        if (value == null) {
            throw HuzhuException.invalid(List.of(new FieldError(field, "REQUIRED", "Required")));
        }
        return value;
    }

    /** A required value (an enum or an id) that is missing is a 400 naming the field. */
    public static <T> T present(String field, @Nullable T value) {
        if (value == null) {
            throw HuzhuException.invalid(List.of(new FieldError(field, "REQUIRED", "Required")));
        }
        return value;
    }
}
