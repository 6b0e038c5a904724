package io.huzhu.web.authz;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import io.huzhu.web.authz.Matrix.Outcome;
import io.huzhu.web.authz.Matrix.Role;
import io.huzhu.web.authz.Matrix.Row;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The authorisation matrix (issue 11): every operation of the OpenAPI document ({@code /v3/api-docs}) and the
 * Actuator endpoints, against seven callers, each with the outcome it must get. An operation without a row, or a row
 * whose operation the document no longer has, fails {@link #theMatrixHasExactlyOneRowPerOperationOfTheApiDocument};
 * a caller who gets another outcome fails {@link #everyCallerGetsTheExpectedOutcomeOnEveryOperation}, which lists
 * every mismatch at once.
 *
 * <p>The expected outcomes are the test resource {@code authz/matrix.txt} (its header explains the columns and the
 * outcomes; {@link Matrix} reads it). The callers and the resources they act on are the {@link World}, built once
 * through the HTTP API; every path names a resource that exists, so a 404 says something. The request of each row is
 * in one of the module groups of {@link Requests}; a request that changes the world acts on resources of its own, so
 * no row depends on another and the rows may run in any order: they run shuffled, and
 * {@code -Dhuzhu.test.seed=<seed>} replays an order.
 *
 * <p>A {@code 400} is never an outcome: it means this test sent a bad request, which could hide the authorisation
 * outcome, so it fails the row; so does a 5xx.
 *
 * <p>To add an endpoint: a line in {@code authz/matrix.txt} and its request in one of the {@code *Requests} classes.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GroupFixtures groups;

    private World world;
    private Http http;

    @BeforeAll
    void world() {
        world = new World(api, fixtures, groups);
        http = new Http(api);
    }

    private Map<String, Supplier<Call>> requests() {
        return Requests.of(world, http, api);
    }

    @Test
    void theMatrixHasExactlyOneRowPerOperationOfTheApiDocument() {
        Set<String> documented = documentedOperations();
        Set<String> rows = new TreeSet<>();
        Matrix.rows().forEach(row -> rows.add(row.operation()));
        Set<String> requests = requests().keySet();
        Set<String> withoutRow = new TreeSet<>(documented);
        withoutRow.removeAll(rows);
        Set<String> stale = new TreeSet<>(rows);
        stale.removeAll(documented);
        stale.removeAll(Matrix.OUTSIDE_DOCUMENT);
        Set<String> withoutRequest = new TreeSet<>(rows);
        withoutRequest.removeAll(requests);
        Set<String> requestWithoutRow = new TreeSet<>(requests);
        requestWithoutRow.removeAll(rows);

        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(withoutRow)
                    .as(
                            "operations of /v3/api-docs without a row in the authorisation matrix (add one, with its request)")
                    .isEmpty();
            soft.assertThat(stale)
                    .as("matrix rows for operations /v3/api-docs no longer has (remove them)")
                    .isEmpty();
            soft.assertThat(withoutRequest)
                    .as("matrix rows without a request in a *Requests class")
                    .isEmpty();
            soft.assertThat(requestWithoutRow)
                    .as("requests without a matrix row")
                    .isEmpty();
            soft.assertThat(rows).as("the Actuator rows").containsAll(Matrix.OUTSIDE_DOCUMENT);
        });
    }

    @Test
    void everyCallerGetsTheExpectedOutcomeOnEveryOperation() {
        long seed = Long.getLong("huzhu.test.seed", System.nanoTime());
        List<Row> rows = new ArrayList<>(Matrix.rows());
        Collections.shuffle(rows, new Random(seed));
        Map<String, Supplier<Call>> requests = requests();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Row row : rows) {
            Supplier<Call> request = requests.get(row.operation());
            assertThat(request).as("a request for " + row.operation()).isNotNull();
            Call call = request.get();
            for (Role role : Role.values()) {
                Api.Response response = call.send(world.actor(role));
                Outcome actual = classify(response);
                Outcome expected = row.expected().get(role);
                checked++;
                if (actual != expected) {
                    mismatches.add(String.format(
                            "%-62s %-8s expected %-15s got %-15s %d %s",
                            row.operation(), role.label, expected, actual, response.status(), describe(response)));
                }
            }
        }
        if (!mismatches.isEmpty()) {
            throw new AssertionError(mismatches.size() + " of " + checked
                    + " authorisation outcomes differ from the matrix (rows in order -Dhuzhu.test.seed=" + seed
                    + "):\n  "
                    + String.join("\n  ", mismatches.stream().sorted().toList()));
        }
    }

    /** Every operation of the OpenAPI document, as "METHOD /path/{template}". */
    private Set<String> documentedOperations() {
        Api.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).as("GET /v3/api-docs").isEqualTo(200);
        Set<String> operations = new TreeSet<>();
        JsonNode paths = docs.json().path("paths");
        for (String path : paths.propertyNames()) {
            for (String method : paths.path(path).propertyNames()) {
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace")
                        .contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        return operations;
    }

    static Outcome classify(Api.Response response) {
        int status = response.status();
        if (status == 401) {
            return Outcome.UNAUTHENTICATED;
        }
        if (status == 403) {
            return Outcome.FORBIDDEN;
        }
        if (status == 404 && Matrix.HIDING.contains(code(response))) {
            return Outcome.HIDDEN;
        }
        if (status == 400) {
            return Outcome.BAD_REQUEST;
        }
        if (status >= 500) {
            return Outcome.ERROR;
        }
        return Outcome.ALLOW;
    }

    /** The problem's code, or "" for a body that is not a problem (an image, a CSV file, metrics). */
    private static String code(Api.Response response) {
        try {
            return response.code();
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    private static String describe(Api.Response response) {
        String code = code(response);
        if (!code.isEmpty()) {
            return code;
        }
        String type = response.header("Content-Type");
        if (type != null && type.startsWith("image/")) {
            return "(" + type + ", " + response.body().length() + " characters)";
        }
        String body = response.body().replaceAll("\\s+", " ");
        return body.length() > 80 ? body.substring(0, 80) + "…" : body;
    }
}
