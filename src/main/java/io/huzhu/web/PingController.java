package io.huzhu.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A trivial authenticated JSON endpoint: the bearer token is checked (cached lookup) and nothing else happens. It is
 * the ceiling of the assist benchmark ({@code bench/run}): the cost of the HTTP layer, security and JSON alone.
 */
@RestController
@Tag(name = "Operations")
class PingController {

    private static final Map<String, Boolean> OK = Map.of("ok", true);

    @GetMapping("/api/ping")
    @Operation(summary = "Authenticated no-op returning {\"ok\":true}; the HTTP layer's limit in benchmarks")
    Map<String, Boolean> ping() {
        return OK;
    }
}
