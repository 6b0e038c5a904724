package io.huzhu.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Groups for integration tests, through the public API. */
public final class GroupFixtures {

    private final Api api;

    public GroupFixtures(Api api) {
        this.api = api;
    }

    public record Group(UUID id, String inviteCode, Api.Session owner) {}

    public Group create(Api.Session owner) {
        return create(owner, List.of());
    }

    public Group create(Api.Session owner, List<String> linkAllowlist) {
        Api.Response created = api.post(
                "/api/groups",
                owner.token(),
                Map.of(
                        "name", "互助测试群",
                        "description", "Integration test group",
                        "rules", "先助力再求助；不发广告；不发个人信息。",
                        "linkAllowlist", linkAllowlist));
        if (created.status() != 201) {
            throw new IllegalStateException("create group failed: " + created);
        }
        JsonNode json = created.json();
        return new Group(
                UUID.fromString(json.path("id").asString()),
                json.path("inviteCode").asString(),
                owner);
    }

    public void join(Group group, Api.Session member) {
        Api.Response joined = api.post(
                "/api/groups/join", member.token(), Map.of("inviteCode", group.inviteCode(), "acceptRules", true));
        if (joined.status() / 100 != 2) {
            throw new IllegalStateException("join failed: " + joined);
        }
    }

    public Api.Session member(Group group, String prefix) {
        Api.Session member = api.register(prefix);
        join(group, member);
        return member;
    }

    public void act(Group group, Api.Session actor, Api.Session target, String action, Map<String, Object> body) {
        Api.Response response =
                api.post("/api/groups/" + group.id() + "/members/" + target.id() + "/" + action, actor.token(), body);
        if (response.status() / 100 != 2) {
            throw new IllegalStateException(action + " failed: " + response);
        }
    }
}
