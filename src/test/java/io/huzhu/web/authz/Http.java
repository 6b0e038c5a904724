package io.huzhu.web.authz;

import io.huzhu.support.Api;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** The requests of the rows, sent as one caller, and the bodies that name the caller. */
final class Http {

    private final Api api;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Http(Api api) {
        this.api = api;
    }

    Api.Response get(String path, Actor a) {
        return api.get(path, a.token());
    }

    Api.Response post(String path, Actor a, Object body) {
        return api.post(path, a.token(), body);
    }

    Api.Response put(String path, Actor a, Object body) {
        return api.put(path, a.token(), body);
    }

    Api.Response delete(String path, Actor a) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + path)).DELETE(), a.token());
    }

    /** Server-sent events: the status and, for a refusal, the problem; an open stream is closed at once. */
    Api.Response stream(String path, Actor a) {
        var builder = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (a.token() != null) {
            builder.header("Authorization", "Bearer " + a.token());
        }
        try {
            HttpResponse<InputStream> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                String text =
                        response.statusCode() == 200 ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
                return new Api.Response(
                        response.statusCode(), text, response.headers().map());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new account's registration. */
    static Map<String, String> registration() {
        return Map.of(
                "username",
                "new_" + UUID.randomUUID().toString().substring(0, 8),
                "password",
                "secret-password",
                "displayName",
                "新人");
    }

    /** The caller's own credentials; the anonymous caller uses a fresh account's. */
    Map<String, String> credentials(Actor a) {
        if (a.session() == null) {
            Api.Session fresh = api.register("visitor");
            return Map.of("username", fresh.username(), "password", "secret-password");
        }
        return Map.of("username", a.session().username(), "password", a.password());
    }

    /** The caller with a token of its own for this request, so that logging it out keeps the caller's token. */
    Actor freshToken(Actor a) {
        if (a.session() == null) {
            return a;
        }
        return new Actor(a.role(), api.login(a.session().username(), a.password()), a.password());
    }
}
