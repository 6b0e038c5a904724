package io.huzhu.campaign;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Readers that refuse Jackson's lenient coercions for campaign settings. By default Jackson truncates {@code 12.5}
 * to 12, reads {@code "12"} as a number and reads a bare number as seconds of a duration: for money and limits a
 * silent truncation would publish terms the operator did not write, so such input is a malformed request.
 */
final class StrictJson {

    private StrictJson() {}

    /** A JSON integer that fits a long (cents); anything else is refused. */
    static final class WholeLong extends ValueDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return ctxt.reportInputMismatch(this, "Expected a whole number (integer cents or a count)");
            }
            return p.getLongValue();
        }
    }

    /** A JSON integer that fits an int (a count); anything else is refused. */
    static final class WholeInt extends ValueDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return ctxt.reportInputMismatch(this, "Expected a whole number");
            }
            return p.getIntValue();
        }
    }

    /** An ISO-8601 duration string such as {@code PT24H} or {@code P7D}. */
    static final class IsoDuration extends ValueDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.reportInputMismatch(this, "Expected an ISO-8601 duration string such as \"PT24H\"");
            }
            String text = p.getString().strip();
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                return (Duration) ctxt.handleWeirdStringValue(
                        Duration.class, text, "not an ISO-8601 duration such as \"PT24H\" or \"P7D\"");
            }
        }
    }
}
