package io.huzhu.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import io.huzhu.support.PlatformGuardrails;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every operation of the OpenAPI document, fuzzed: blank and malformed path variables, bad query values and
 * encodings, malformed bodies and fields (wrong types, out-of-range numbers and instants, odd Unicode), odd content
 * types, Accept values and headers, sent as anonymous, a member, an operator or the admin. No answer may be a 5xx, and
 * every 4xx must be a problem detail with a stable code. A new endpoint is covered without writing anything.
 *
 * <p>Seeded: the seed is printed; rerun one with {@code -Dfuzz.seed=N}.
 */
@IntegrationTest
class ApiFuzzIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GroupFixtures groups;

    @Test
    void noOperationAnswersA5xxOrAnErrorThatIsNotAProblemDetail() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("API fuzz seed: " + seed + " (rerun with -Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        Api.Session member = api.register("fuzz");
        Api.Session operator = api.operator();
        Api.Session admin = api.admin();
        var group = groups.create(member);
        UUID campaign = fixtures.publish(fixtures.bargain());
        String task = fixtures.start(member, campaign).path("id").asString();
        List<UUID> known = List.of(
                group.id(),
                campaign,
                UUID.fromString(task),
                api.register("bystander").id());

        OpenApiOperations openApi =
                new OpenApiOperations(api.get("/v3/api-docs", null).body());
        List<OpenApiOperations.Operation> operations = openApi.all();
        assertThat(operations).hasSizeGreaterThan(50);
        RawHttp http = new RawHttp("localhost", URI.create(api.base()).getPort());
        FuzzValues values = new FuzzValues(random, known);
        Map<String, String> failures = new LinkedHashMap<>();
        int sent = 0;
        // As the admin the fuzz may send a valid body that changes the platform's limits: put them back after.
        try (var platform = PlatformGuardrails.snapshot(api, admin)) {
            for (var op : operations) {
                Supplier<String> token = () -> token(random, op, member, operator, admin);
                for (FuzzCases.Case c : new FuzzCases(openApi, values, random, token).of(op)) {
                    sent++;
                    String problem = ProblemCheck.violation(op.method(), http.send(c.request()));
                    if (problem != null) {
                        failures.putIfAbsent(
                                op + " [" + c.label() + "] " + problem,
                                c.request().describe());
                    }
                }
            }
            for (RawHttp.Request request : RawCases.all(random)) {
                sent++;
                String problem = ProblemCheck.violation(request.method(), http.send(request));
                if (problem != null) {
                    failures.putIfAbsent(
                            "raw " + request.describe().lines().findFirst().orElse("") + " " + problem, "");
                }
            }
        }
        System.out.println("API fuzz: " + sent + " requests over " + operations.size() + " operations, "
                + failures.size() + " distinct failures");
        List<String> report = new ArrayList<>();
        failures.forEach((k, v) -> report.add(k + "\n      " + v));
        assertThat(report)
                .as("seed %d: requests answered with a 5xx or a 4xx that is not a problem detail", seed)
                .isEmpty();
    }

    /** Admin endpoints are tried as the admin too; the others as anonymous, a member or an operator. */
    private static String token(
            Random random,
            OpenApiOperations.Operation op,
            Api.Session member,
            Api.Session operator,
            Api.Session admin) {
        if (op.path().endsWith("/logout")) {
            return null; // the fuzz's own sessions stay signed in
        }
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> member.token();
            case 2 -> operator.token();
            default -> op.path().startsWith("/api/admin") ? admin.token() : member.token();
        };
    }
}
