package io.huzhu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The platform's guardrail defaults and maxima are shared by every test of a context (and by every context on the
 * PostgreSQL database): a test that changes them, the API fuzz as the admin included, takes a snapshot first and puts
 * it back when done, so the tests after it see the configured defaults.
 */
public final class PlatformGuardrails implements AutoCloseable {

    private final Api api;
    private final String token;
    private final List<Map<String, Object>> saved;

    private PlatformGuardrails(Api api, String token, List<Map<String, Object>> saved) {
        this.api = api;
        this.token = token;
        this.saved = saved;
    }

    /** Remembers the platform limits as they are now; {@link #close()} restores them. */
    public static PlatformGuardrails snapshot(Api api, Api.Session staff) {
        Api.Response view = api.get("/api/admin/guardrails", staff.token());
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        List<Map<String, Object>> limits = new ArrayList<>();
        for (JsonNode bound : view.json().path("limits")) {
            limits.add(Map.of(
                    "kind", bound.path("kind").asString(),
                    "defaultValue", bound.path("defaultValue").asLong(),
                    "maximum", bound.path("maximum").asLong()));
        }
        return new PlatformGuardrails(api, staff.token(), List.copyOf(limits));
    }

    @Override
    public void close() {
        Api.Response restored = api.put("/api/admin/guardrails", token, Map.of("limits", saved));
        assertThat(restored.status())
                .as("platform limits restored: " + restored)
                .isEqualTo(200);
    }
}
