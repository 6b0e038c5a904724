package io.huzhu.web;

import io.huzhu.shared.TimeRange;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.core.convert.converter.Converter;

/** Times in request bodies, queries and paths stay within {@link TimeRange}. */
final class InstantBounds {

    private InstantBounds() {}

    /** Thrown for a time outside the bounds: a stable code and a sentence, with the field added by the caller. */
    static final class OutOfRange extends RuntimeException {
        OutOfRange() {
            super("Must be " + TimeRange.DESCRIPTION, null, false, false);
        }
    }

    static Instant check(Instant value) {
        if (!TimeRange.contains(value)) {
            throw new OutOfRange();
        }
        return value;
    }

    /** Query and path parameters: ISO-8601, within the bounds (a failure becomes a 400 naming the parameter). */
    static final class FromString implements Converter<String, Instant> {
        @Override
        public Instant convert(String source) {
            try {
                return check(Instant.parse(source.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not an ISO-8601 instant");
            }
        }
    }
}
