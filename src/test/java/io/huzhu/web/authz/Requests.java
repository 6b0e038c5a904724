package io.huzhu.web.authz;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The request of every row, by operation ("METHOD /path/{template}"), gathered from the modules' request classes. An
 * operation has exactly one request: a second one is a mistake, not an override.
 */
final class Requests {

    private final Map<String, Supplier<Call>> byOperation = new LinkedHashMap<>();

    private Requests() {}

    /** The requests of all rows, acting on the world. */
    static Map<String, Supplier<Call>> of(World world, Http http, io.huzhu.support.Api api) {
        Requests requests = new Requests();
        new AccountAndOversightRequests(world, http).addTo(requests);
        new CampaignAndTaskRequests(world, http).addTo(requests);
        new GroupRequests(world, http).addTo(requests);
        new GuardrailRequests(http).addTo(requests);
        new NotificationRequests(world, http, api).addTo(requests);
        new AnalyticsRequests(world, http).addTo(requests);
        return Collections.unmodifiableMap(requests.byOperation);
    }

    void put(String operation, Supplier<Call> request) {
        if (byOperation.putIfAbsent(operation, request) != null) {
            throw new IllegalStateException("two requests for " + operation);
        }
    }
}
