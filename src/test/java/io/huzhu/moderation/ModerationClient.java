package io.huzhu.moderation;

import static org.awaitility.Awaitility.await;

import io.huzhu.support.Api;
import io.huzhu.support.GroupFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Moderation calls for integration tests. */
final class ModerationClient {

    private final Api api;

    ModerationClient(Api api) {
        this.api = api;
    }

    UUID post(GroupFixtures.Group group, Api.Session author, String text) {
        Api.Response r = api.post(
                "/api/groups/" + group.id() + "/messages", author.token(), Map.of("kind", "TEXT", "text", text));
        if (r.status() != 201) {
            throw new IllegalStateException("post failed: " + r);
        }
        return UUID.fromString(r.json().path("id").asString());
    }

    List<String> visibleIds(GroupFixtures.Group group, Api.Session reader) {
        List<String> ids = new ArrayList<>();
        api.get("/api/groups/" + group.id() + "/messages?limit=100", reader.token())
                .json()
                .path("items")
                .forEach(m -> ids.add(m.path("id").asString()));
        return ids;
    }

    Api.Response report(GroupFixtures.Group group, Api.Session reporter, Map<String, Object> body) {
        return api.post("/api/groups/" + group.id() + "/reports", reporter.token(), body);
    }

    Api.Response act(GroupFixtures.Group group, Api.Session actor, Map<String, Object> body) {
        return api.post("/api/groups/" + group.id() + "/moderation/actions", actor.token(), body);
    }

    JsonNode queue(GroupFixtures.Group group, Api.Session actor) {
        return api.get("/api/groups/" + group.id() + "/moderation/queue", actor.token())
                .json()
                .path("items");
    }

    List<String> auditActions(GroupFixtures.Group group, Api.Session actor) {
        List<String> actions = new ArrayList<>();
        api.get("/api/groups/" + group.id() + "/audit?limit=100", actor.token())
                .json()
                .path("items")
                .forEach(e -> actions.add(e.path("action").asString()));
        return actions;
    }

    JsonNode awaitAudit(GroupFixtures.Group group, Api.Session actor, String action) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (JsonNode e : api.get("/api/groups/" + group.id() + "/audit?limit=100", actor.token())
                    .json()
                    .path("items")) {
                if (e.path("action").asString().equals(action)) {
                    found[0] = e;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    int trust(GroupFixtures.Group group, Api.Session reader, Api.Session member) {
        return api.get("/api/groups/" + group.id() + "/members/" + member.id() + "/trust", reader.token())
                .json()
                .path("level")
                .asInt(-1);
    }
}
