package io.huzhu.shared;

import io.huzhu.shared.HuzhuException.FieldError;
import java.text.Normalizer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Text from requests. Every string of every JSON body passes {@link #screen} on the way in (the web layer's JSON
 * module calls it), so no text field anywhere stores a control character, an unpaired surrogate, a noncharacter or
 * a bidirectional override, and all text is in Unicode normalization form C. The helpers below add each field's own
 * rules: stripped, bounded, required.
 */
public final class TextInput {

    private TextInput() {}

    /** Why a string was refused: a stable code for clients and a sentence for people. */
    public static final class Rejected extends RuntimeException {

        private final String code;

        Rejected(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * The string in normalization form C, or a {@link Rejected} when it holds a control character other than tab,
     * line feed and carriage return (C0, DEL, C1), an unpaired surrogate, a noncharacter, or a bidirectional
     * embedding, override or isolate (U+202A–U+202E, U+2066–U+2069), which can make text read differently from what
     * it says.
     */
    public static String screen(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(++i));
                    if ((cp & 0xFFFE) == 0xFFFE) {
                        throw noncharacter();
                    }
                    continue;
                }
                throw new Rejected("INVALID_UNICODE", "Contains an unpaired surrogate (not valid Unicode text)");
            }
            if (Character.isLowSurrogate(c)) {
                throw new Rejected("INVALID_UNICODE", "Contains an unpaired surrogate (not valid Unicode text)");
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                throw new Rejected("CONTROL_CHARACTER", "Contains a control character");
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                throw new Rejected(
                        "DIRECTION_CONTROL", "Contains a text-direction override, which can disguise what text says");
            }
            if ((c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF) {
                throw noncharacter();
            }
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static Rejected noncharacter() {
        return new Rejected("INVALID_UNICODE", "Contains a Unicode noncharacter");
    }

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
