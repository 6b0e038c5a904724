package io.huzhu.web.authz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The expected outcomes: the resource {@value #RESOURCE}, one line per operation (method, path template, then one
 * outcome per {@link Role}, in the order of the enum). Its header comment explains the columns and the outcomes.
 */
final class Matrix {

    static final String RESOURCE = "/authz/matrix.txt";

    /** The callers, in the order of the columns; the label is the column's name. */
    enum Role {
        ANONYMOUS("anon"),
        MEMBER("member"),
        OTHER("other"),
        GROUP_ADMIN("gadmin"),
        GROUP_OWNER("owner"),
        OPERATOR("operator"),
        ADMIN("admin");

        final String label;

        Role(String label) {
            this.label = label;
        }
    }

    enum Outcome {
        ALLOW,
        UNAUTHENTICATED,
        FORBIDDEN,
        HIDDEN,
        /** Never expected: the request was invalid (400), so the row says nothing about authorisation. */
        BAD_REQUEST,
        /** Never expected: a server error. */
        ERROR;

        static Outcome of(char c) {
            return switch (c) {
                case 'A' -> ALLOW;
                case 'U' -> UNAUTHENTICATED;
                case 'F' -> FORBIDDEN;
                case 'H' -> HIDDEN;
                default -> throw new IllegalArgumentException("unknown outcome " + c);
            };
        }
    }

    /** 404 codes that hide a resource from a caller who may not see it (the resources in the world all exist). */
    static final Set<String> HIDING = Set.of(
            "GROUP_NOT_FOUND",
            "APPEAL_NOT_FOUND",
            "RISK_CASE_NOT_FOUND",
            "RISK_APPEAL_NOT_FOUND",
            "TASK_NOT_FOUND",
            "CAMPAIGN_NOT_FOUND",
            "NOTIFICATION_NOT_FOUND");

    /** Rows for endpoints that are not in the OpenAPI document. */
    static final Set<String> OUTSIDE_DOCUMENT =
            Set.of("GET /actuator/health", "GET /actuator/metrics", "GET /actuator/prometheus");

    /** One operation ("METHOD /path/{template}") and the outcome each caller must get. */
    record Row(String operation, Map<Role, Outcome> expected) {}

    private Matrix() {}

    /** The rows of {@value #RESOURCE}, in the file's order. */
    static List<Row> rows() {
        return parse(read());
    }

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        boolean columnsNamed = false;
        List<String> columns =
                Arrays.stream(Role.values()).map(role -> role.label).toList();
        for (String line : text.strip().split("\n")) {
            line = line.strip();
            if (line.startsWith("#")) {
                columnsNamed |= List.of(line.substring(1).strip().split("\\s+")).equals(columns);
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\\s+");
            if (cells.length != 2 + Role.values().length) {
                throw new IllegalStateException("a matrix row needs a method, a path and 7 outcomes: " + line);
            }
            String operation = cells[0] + " " + cells[1];
            if (!seen.add(operation)) {
                throw new IllegalStateException("two rows for " + operation);
            }
            Map<Role, Outcome> expected = new LinkedHashMap<>();
            for (Role role : Role.values()) {
                String cell = cells[2 + role.ordinal()];
                if (cell.length() != 1) {
                    throw new IllegalStateException("not an outcome: " + cell + " in " + line);
                }
                expected.put(role, Outcome.of(cell.charAt(0)));
            }
            rows.add(new Row(operation, expected));
        }
        if (!columnsNamed) {
            throw new IllegalStateException(
                    "the matrix names its columns in a comment line, in the order of Matrix.Role: # "
                            + String.join(" ", columns));
        }
        return rows;
    }

    private static String read() {
        try (InputStream in = Matrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("reading " + RESOURCE, e);
        }
    }
}
