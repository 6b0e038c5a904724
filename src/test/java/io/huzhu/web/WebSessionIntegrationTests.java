package io.huzhu.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The web app's session: the token travels in an HttpOnly cookie, a write authenticated by that cookie needs the
 * CSRF header, a stale cookie leaves the visitor anonymous, and pages and API carry a Content-Security-Policy.
 */
@IntegrationTest
class WebSessionIntegrationTests {

    @Autowired
    Api api;

    record Session(String cookie, String csrf) {
        String header() {
            return "huzhu_session=" + cookie + "; huzhu_csrf=" + csrf;
        }
    }

    private Session open(Api.Session user) {
        Api.Response response =
                api.post("/api/session", null, Map.of("username", user.username(), "password", "secret-password"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("hz_");
        List<String> cookies = setCookies(response);
        String session = cookies.stream()
                .filter(c -> c.startsWith("huzhu_session="))
                .findFirst()
                .orElseThrow();
        String csrf = cookies.stream()
                .filter(c -> c.startsWith("huzhu_csrf="))
                .findFirst()
                .orElseThrow();
        assertThat(session).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
        assertThat(csrf).doesNotContain("HttpOnly").contains("SameSite=Strict");
        return new Session(value(session), value(csrf));
    }

    private static List<String> setCookies(Api.Response response) {
        return response.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream())
                .toList();
    }

    private static String value(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    private Api.Response send(String method, String path, Session session, String csrfHeader, String body) {
        var builder = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Cookie", session.header())
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (csrfHeader != null) {
            builder.header("X-CSRF-Token", csrfHeader);
        }
        return api.send(builder, null);
    }

    @Test
    void theCookieAuthenticatesReadsAndWritesNeedTheCsrfHeader() {
        Api.Session user = api.register("web");
        Session session = open(user);

        Api.Response me = send("GET", "/api/me", session, null, null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asString()).isEqualTo(user.username());

        String group = "{\"name\":\"网页测试群\",\"description\":\"d\",\"rules\":\"互相帮忙,不发广告。\"}";
        Api.Response withoutHeader = send("POST", "/api/groups", session, null, group);
        assertThat(withoutHeader.status()).isEqualTo(403);
        assertThat(withoutHeader.code()).isEqualTo("CSRF_INVALID");
        Api.Response wrongHeader = send("POST", "/api/groups", session, "not-the-cookie", group);
        assertThat(wrongHeader.code()).isEqualTo("CSRF_INVALID");
        assertThat(api.get("/api/groups/mine", user.token()).json().toString())
                .as("nothing was created by the refused writes")
                .doesNotContain("网页测试群");

        Api.Response created = send("POST", "/api/groups", session, session.csrf(), group);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void logoutRevokesTheTokenAndAStaleCookieIsAnonymous() {
        Session session = open(api.register("out"));

        assertThat(send("POST", "/api/session/logout", session, null, "{}").code())
                .isEqualTo("CSRF_INVALID");
        Api.Response logout = send("POST", "/api/session/logout", session, session.csrf(), "{}");
        assertThat(logout.status()).isEqualTo(204);
        assertThat(setCookies(logout))
                .anySatisfy(c -> assertThat(c).startsWith("huzhu_session=;").contains("Max-Age=0"));

        assertThat(send("GET", "/api/me", session, null, null).status()).isEqualTo(401);
        assertThat(send("GET", "/api/campaigns", session, null, null).status())
                .as("public pages still work with a stale cookie")
                .isEqualTo(200);
    }

    @Test
    void wrongPasswordIsAProblemAndSetsNoCookie() {
        Api.Session user = api.register("bad");
        Api.Response response =
                api.post("/api/session", null, Map.of("username", user.username(), "password", "wrong-password"));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("BAD_CREDENTIALS");
        assertThat(setCookies(response)).isEmpty();
    }

    @Test
    void pagesAndApiCarryAContentSecurityPolicy() {
        Api.Response page = api.get("/", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy"))
                .contains("script-src 'self'")
                .contains("style-src 'self'")
                .doesNotContain("unsafe-inline")
                .contains("frame-ancestors 'none'");
        assertThat(page.body()).doesNotContain("<script>").contains("<script type=\"module\" src=\"/js/app.js\">");
        assertThat(api.get("/api/campaigns", null).header("Content-Security-Policy"))
                .startsWith("default-src 'none'");
    }

    @Test
    void shareAndInviteLinksOpenTheAppWithoutEchoingMarkup() {
        Api.Response share = api.get("/t/AbC123", null);
        assertThat(share.status()).isEqualTo(303);
        assertThat(share.header("Location")).isEqualTo("/#/t/AbC123");
        Api.Response invite = api.get("/g/" + UUID.randomUUID().toString().substring(0, 8), null);
        assertThat(invite.header("Location")).startsWith("/#/g/");
        Api.Response hostile = api.get("/t/%3Cscript%3E", null);
        assertThat(hostile.header("Location")).isEqualTo("/#/t/script");
    }
}
