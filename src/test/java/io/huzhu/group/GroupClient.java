package io.huzhu.group;

import io.huzhu.support.Api;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Group calls for integration tests, through the public API. */
final class GroupClient {

    private final Api api;

    GroupClient(Api api) {
        this.api = api;
    }

    static Map<String, Object> settings() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "砍一刀互助群");
        body.put("description", "Assist each other, honestly");
        body.put("rules", "先助人，再求助。禁止代砍和刷单。");
        return body;
    }

    JsonNode create(Api.Session owner, Map<String, Object> body) {
        Api.Response created = api.post("/api/groups", owner.token(), body);
        if (created.status() != 201) {
            throw new IllegalStateException("create group failed: " + created);
        }
        return created.json();
    }

    JsonNode create(Api.Session owner) {
        return create(owner, settings());
    }

    Api.Response join(Api.Session user, String code) {
        return api.post("/api/groups/join", user.token(), Map.of("inviteCode", code, "acceptRules", true));
    }

    void joinOk(Api.Session user, String code) {
        Api.Response joined = join(user, code);
        if (joined.status() != 200) {
            throw new IllegalStateException("join failed: " + joined);
        }
    }

    Api.Response act(JsonNode group, Api.Session actor, String action, Api.Session target, Object body) {
        return api.post(
                "/api/groups/" + group.path("id").asString() + "/members/" + target.id() + "/" + action,
                actor.token(),
                body);
    }

    void actOk(JsonNode group, Api.Session actor, String action, Api.Session target, Object body) {
        Api.Response response = act(group, actor, action, target, body);
        if (response.status() >= 300) {
            throw new IllegalStateException(action + " failed: " + response);
        }
    }

    static String code(JsonNode group) {
        return group.path("inviteCode").asString();
    }

    static String id(JsonNode group) {
        return group.path("id").asString();
    }
}
