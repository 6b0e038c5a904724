package io.huzhu.web;

import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.TextInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Sentences for people about a body or parameter the server could not read, built from what was expected (a field
 * path, a kind of value) and never from the parser's own message, which names internal types and quotes the input.
 */
final class ReadableErrors {

    private ReadableErrors() {}

    /** Why a JSON body could not be read. */
    static String body(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException) {
                return "The body is nested too deeply, or one of its values is too long";
            }
            if (t instanceof UnrecognizedPropertyException u) {
                return "Unknown field '" + field(u) + "'";
            }
            if (t instanceof MismatchedInputException m) {
                String field = field(m);
                String expected = m.getTargetType() == null ? null : expected(m.getTargetType());
                if (field.isEmpty()) {
                    return expected == null
                            ? "The body does not have the shape this endpoint expects"
                            : "The body must be " + expected;
                }
                return "Field '" + field + "' " + (expected == null ? "has the wrong type" : "must be " + expected);
            }
            if (t instanceof StreamReadException s) {
                TokenStreamLocation at = s.getLocation();
                return at == null || at.getLineNr() < 1
                        ? "The body is not valid JSON"
                        : "The body is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            }
            if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
                return "Field '" + field(j) + "' has a value that cannot be used";
            }
        }
        return "The request body is not valid JSON for this endpoint";
    }

    /**
     * The field a refused value came in (a text {@link TextInput#screen} refused, a time outside {@link InstantBounds}),
     * or null when the failure is another one.
     */
    static HuzhuException.@Nullable FieldError refusedValue(Throwable failure) {
        String field = "";
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j && field.isEmpty()) {
                field = field(j);
            }
            if (t instanceof TextInput.Rejected r) {
                return new HuzhuException.FieldError(field.isEmpty() ? "body" : field, r.code(), r.getMessage());
            }
            if (t instanceof InstantBounds.OutOfRange r) {
                return new HuzhuException.FieldError(field.isEmpty() ? "body" : field, "OUT_OF_RANGE", r.getMessage());
            }
        }
        return null;
    }

    /** What a parameter of this type must look like, e.g. "a UUID" or "one of DRAFT, PUBLISHED". */
    static @Nullable String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == Instant.class) {
            return "a time such as 2026-12-01T08:00:00Z";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-12-01";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "a list";
        }
        return type.isRecord() || !type.getName().startsWith("java.") ? "an object" : null;
    }

    private static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
