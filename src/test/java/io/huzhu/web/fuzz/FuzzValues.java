package io.huzhu.web.fuzz;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Values for the fuzz suite, as raw JSON text: a plausible value for a schema (so that one mutated field is what the
 * server sees wrong), and the bad values for a field of that schema: wrong types, out-of-range numbers and instants,
 * odd Unicode, and the empty cases.
 */
final class FuzzValues {

    static final List<String> ANY_BAD = List.of("null", "{}", "[]", "true", "\"\"");
    static final List<String> NUMBERS_BAD = List.of(
            "-1",
            "0",
            "2147483648",
            "-2147483649",
            "9223372036854775808",
            "1e309",
            "-1e309",
            "1.5",
            "1e-400",
            "\"12\"",
            "\"abc\"",
            "123456789012345678901234567890");
    static final List<String> INSTANTS_BAD = List.of(
            "\"+1000000000-01-01T00:00:00Z\"",
            "\"-999999999-01-01T00:00:00Z\"",
            "\"0000-01-01T00:00:00Z\"",
            "\"1970-01-01T00:00:00Z\"",
            "\"9999-12-31T23:59:59Z\"",
            "\"2026-13-45T99:00:00Z\"",
            "\"now\"",
            "1e20",
            "-62167219200");
    static final List<String> UUIDS_BAD = List.of(
            "\"not-a-uuid\"",
            "\"00000000-0000-0000-0000-000000000000\"",
            "\"zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz\"",
            "\"" + UUID.randomUUID() + "x\"",
            "123");
    static final List<String> TEXT_BAD = List.of(
            "\"\\u0000\"",
            "\"a\\u0000b\"",
            "\"\\u0007\\u001b[31mred\"",
            "\"\\ud800\"",
            "\"x\\udc00y\"",
            "\"\\u202eevil\"",
            "\"\\u2066iso\\u2069\"",
            "\"\\u200b\\u200b\"",
            "\"   \"",
            "\"\\r\\n\\t\"",
            "\"<script>alert(1)</script>\"",
            "\"" + "长".repeat(20_000) + "\"",
            "\"" + "😀".repeat(3_000) + "\"",
            "\"\\ufeff\\uffff\\ufffe\"",
            "\"' OR 1=1 --\"");
    static final List<String> ENUMS_BAD = List.of("\"NOT_A_VALUE\"", "\"\"", "\"../../etc\"", "7");

    private final Random random;
    private final List<UUID> knownIds;

    FuzzValues(Random random, List<UUID> knownIds) {
        this.random = random;
        this.knownIds = knownIds;
    }

    /** A plausible value for the schema, as JSON text. */
    String plausible(OpenApiOperations api, JsonNode schema, int depth) {
        JsonNode s = api.resolve(schema);
        String type = s.path("type").asString("");
        String format = s.path("format").asString("");
        if (s.has("enum")) {
            JsonNode values = s.path("enum");
            return "\"" + values.get(random.nextInt(values.size())).asString() + "\"";
        }
        return switch (type) {
            case "integer", "number" ->
                String.valueOf(s.has("minimum") ? s.path("minimum").asLong() + 1 : 1 + random.nextInt(5));
            case "boolean" -> random.nextBoolean() ? "true" : "false";
            case "array" -> depth > 3 ? "[]" : "[" + plausible(api, s.path("items"), depth + 1) + "]";
            case "object" -> depth > 3 ? "{}" : object(api, s, depth);
            case "string" ->
                switch (format) {
                    case "uuid" -> "\"" + id() + "\"";
                    case "date-time" -> "\"" + Instant.now().plus(1 + random.nextInt(5), ChronoUnit.DAYS) + "\"";
                    case "date" -> "\"2027-01-15\"";
                    case "uri" -> "\"https://example.com/x\"";
                    default -> "\"fuzz " + random.nextInt(1000) + "\"";
                };
            default -> s.has("properties") ? object(api, s, depth) : "\"fuzz\"";
        };
    }

    private String object(OpenApiOperations api, JsonNode s, int depth) {
        List<String> parts = new ArrayList<>();
        for (var p : s.path("properties").properties()) {
            parts.add("\"" + p.getKey() + "\":" + plausible(api, p.getValue(), depth + 1));
        }
        return "{" + String.join(",", parts) + "}";
    }

    /** Bad values for a field of this schema: its own families plus type confusion. */
    List<String> bad(OpenApiOperations api, JsonNode schema) {
        JsonNode s = api.resolve(schema);
        List<String> values = new ArrayList<>(ANY_BAD);
        String type = s.path("type").asString("");
        String format = s.path("format").asString("");
        if (s.has("enum")) {
            values.addAll(ENUMS_BAD);
        } else if (type.equals("integer") || type.equals("number")) {
            values.addAll(NUMBERS_BAD);
        } else if (format.equals("date-time")) {
            values.addAll(INSTANTS_BAD);
        } else if (format.equals("uuid")) {
            values.addAll(UUIDS_BAD);
        } else if (type.equals("string")) {
            values.addAll(TEXT_BAD);
            values.add("12345");
        } else if (type.equals("array")) {
            values.add("[null]");
            values.add("[" + "1,".repeat(5000) + "1]");
            values.add("[\"\\u0000\"]");
        }
        return values;
    }

    String id() {
        return (knownIds.isEmpty() || random.nextInt(3) == 0
                        ? UUID.randomUUID()
                        : knownIds.get(random.nextInt(knownIds.size())))
                .toString();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
