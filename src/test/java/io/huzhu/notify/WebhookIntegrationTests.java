package io.huzhu.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.huzhu.support.Api;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks against a real receiver on loopback: signed deliveries checked by a verifier written here from the
 * Standard Webhooks specification (not the production signer), retries and their end, disabling, redelivery,
 * rotation, and URLs that must be refused.
 */
@IntegrationTest
class WebhookIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Api api;

    @Autowired
    GroupFixtures groups;

    /** Standard Webhooks verification, independently of {@code StandardSignature}. */
    static boolean verifies(String secret, WebhookReceiver.Received r) throws Exception {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String content = r.header("webhook-id") + "." + r.header("webhook-timestamp") + "." + r.body();
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        for (String part : r.header("webhook-signature").split(" ")) {
            if (part.equals("v1," + expected)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode subscribe(GroupFixtures.Group group, String url, String format, List<String> events) {
        Api.Response created = api.post(
                "/api/groups/" + group.id() + "/webhooks",
                group.owner().token(),
                Map.of("url", url, "format", format, "events", events));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private JsonNode deliveries(GroupFixtures.Group group, String webhook) {
        return api.get(
                        "/api/groups/" + group.id() + "/webhooks/" + webhook + "/deliveries",
                        group.owner().token())
                .json()
                .path("items");
    }

    @Test
    void deliveriesAreSignedRetriedRedeliveredAndSignedWithBothSecretsDuringARotation() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            var group = groups.create(api.register("owner"));
            JsonNode created = subscribe(group, receiver.url("/hook"), "STANDARD", List.of("member.joined"));
            String secret = created.path("secret").asString();
            String webhook = created.path("endpoint").path("id").asString();
            assertThat(secret).startsWith("whsec_");
            assertThat(api.get(
                                    "/api/groups/" + group.id() + "/webhooks",
                                    group.owner().token())
                            .body())
                    .doesNotContain(secret);

            receiver.answer(500); // the first attempt fails, the retry succeeds
            Api.Session joiner = groups.member(group, "joiner");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> receiver.at("/hook").size() == 2);
            WebhookReceiver.Received first = receiver.at("/hook").get(0);
            WebhookReceiver.Received retry = receiver.at("/hook").get(1);
            assertThat(verifies(secret, first)).isTrue();
            assertThat(verifies(secret, retry)).isTrue();
            assertThat(retry.header("webhook-id")).isEqualTo(first.header("webhook-id"));
            assertThat(retry.body()).isEqualTo(first.body());
            long timestamp = Long.parseLong(first.header("webhook-timestamp"));
            assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(600);
            JsonNode payload = JSON.readTree(first.body());
            assertThat(payload.path("type").asString()).isEqualTo("member.joined");
            assertThat(payload.path("data").path("groupId").asString())
                    .isEqualTo(group.id().toString());
            assertThat(payload.path("data").path("memberId").asString())
                    .isEqualTo(joiner.id().toString());

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> deliveries(group, webhook)
                            .get(0)
                            .path("status")
                            .asString()
                            .equals("DELIVERED"));
            JsonNode logged = deliveries(group, webhook).get(0);
            assertThat(logged.path("attempts").asInt()).isEqualTo(2);
            assertThat(logged.path("webhookId").asString()).isEqualTo(first.header("webhook-id"));

            Api.Response redelivered = api.post(
                    "/api/groups/" + group.id() + "/webhooks/" + webhook + "/deliveries/"
                            + logged.path("id").asString() + "/redeliver",
                    group.owner().token(),
                    "");
            assertThat(redelivered.status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> receiver.at("/hook").size() == 3);
            assertThat(receiver.at("/hook").get(2).header("webhook-id")).isEqualTo(first.header("webhook-id"));

            Api.Response rotated = api.post(
                    "/api/groups/" + group.id() + "/webhooks/" + webhook + "/rotate",
                    group.owner().token(),
                    "");
            String fresh = rotated.json().path("secret").asString();
            assertThat(fresh).startsWith("whsec_").isNotEqualTo(secret);
            groups.member(group, "second");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> receiver.at("/hook").size() == 4);
            WebhookReceiver.Received during = receiver.at("/hook").get(3);
            assertThat(during.header("webhook-signature").split(" ")).hasSize(2);
            assertThat(verifies(fresh, during)).isTrue();
            assertThat(verifies(secret, during))
                    .as("the old secret still verifies during the overlap")
                    .isTrue();
        }
    }

    @Test
    void aFailingReceiverIsRetriedTheConfiguredNumberOfTimesThenTheSubscriptionIsDisabled() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            receiver.always(500);
            var group = groups.create(api.register("owner"));
            String webhook = subscribe(group, receiver.url("/down"), "STANDARD", List.of("member.joined"))
                    .path("endpoint")
                    .path("id")
                    .asString();
            groups.member(group, "one");
            // retry-delays has two entries in the test settings: one attempt and two retries, then nothing more.
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> receiver.at("/down").size() == 3);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> deliveries(group, webhook)
                            .get(0)
                            .path("status")
                            .asString()
                            .equals("FAILED"));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(receiver.at("/down")).hasSize(3);
            JsonNode failed = deliveries(group, webhook).get(0);
            assertThat(failed.path("attempts").asInt()).isEqualTo(3);
            assertThat(failed.path("lastStatus").asInt()).isEqualTo(500);
            String log = api.get(
                            "/api/groups/" + group.id() + "/webhooks/" + webhook + "/deliveries",
                            group.owner().token())
                    .body();
            assertThat(log).as("a receiver's body is never shown back").doesNotContain(WebhookReceiver.RESPONSE_BODY);

            groups.member(group, "two"); // a second delivery failing for good disables the subscription (2 in a row)
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> api.get(
                                    "/api/groups/" + group.id() + "/webhooks",
                                    group.owner().token())
                            .json()
                            .get(0)
                            .path("status")
                            .asString()
                            .equals("DISABLED"));
            assertThat(receiver.at("/down")).hasSize(6);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> api.get("/api/me/notifications", group.owner().token())
                            .body()
                            .contains("WEBHOOK_DISABLED"));
            groups.member(group, "three");
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(receiver.at("/down"))
                    .as("a disabled subscription gets nothing")
                    .hasSize(6);
        }
    }

    @Test
    void redirectsAreNotFollowed() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            receiver.always(302);
            var group = groups.create(api.register("owner"));
            String webhook = subscribe(group, receiver.url("/moved"), "STANDARD", List.of("member.joined"))
                    .path("endpoint")
                    .path("id")
                    .asString();
            groups.member(group, "one");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> receiver.at("/moved").size() == 3);
            assertThat(receiver.at("/elsewhere")).isEmpty();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> deliveries(group, webhook)
                            .get(0)
                            .path("lastOutcome")
                            .asString()
                            .contains("redirect"));
        }
    }

    @Test
    void urlsThatReachPrivateAddressesOrTheWrongRobotHostAreRefused() {
        var group = groups.create(api.register("owner"));
        for (String url : List.of(
                "https://10.0.0.8/hook",
                "https://192.168.1.20/hook",
                "https://172.20.0.1/hook",
                "https://169.254.169.254/latest/meta-data/",
                "https://100.100.100.200/latest/meta-data/",
                "https://[fd00:ec2::254]/latest/",
                "https://[::ffff:192.168.1.1]/hook",
                "https://[fe80::1]/hook",
                "http://93.184.215.14/plain-http",
                "https://user:pass@93.184.215.14/hook")) {
            Api.Response refused = api.post(
                    "/api/groups/" + group.id() + "/webhooks",
                    group.owner().token(),
                    Map.of("url", url, "format", "STANDARD", "events", List.of("help.posted")));
            assertThat(refused.status()).as(url).isEqualTo(422);
            assertThat(refused.code()).as(url).isEqualTo("WEBHOOK_URL_REFUSED");
        }
        Api.Response wrongHost = api.post(
                "/api/groups/" + group.id() + "/webhooks",
                group.owner().token(),
                Map.of(
                        "url",
                        "https://93.184.215.14/robot/send",
                        "format",
                        "DINGTALK",
                        "events",
                        List.of("help.posted")));
        assertThat(wrongHost.code()).isEqualTo("WEBHOOK_URL_REFUSED");
        assertThat(api.get(
                                "/api/groups/" + group.id() + "/webhooks",
                                group.owner().token())
                        .json())
                .isEmpty();
    }

    @Test
    void onlyTheOwnerManagesWebhooksAndAGroupHasAtMostFive() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            var group = groups.create(api.register("owner"));
            Api.Session member = groups.member(group, "member");
            Map<String, Object> body =
                    Map.of("url", receiver.url("/x"), "format", "STANDARD", "events", List.of("help.posted"));
            assertThat(api.post("/api/groups/" + group.id() + "/webhooks", member.token(), body)
                            .code())
                    .isEqualTo("GROUP_OWNER_REQUIRED");
            assertThat(api.post(
                                    "/api/groups/" + group.id() + "/webhooks",
                                    api.register("outsider").token(),
                                    body)
                            .code())
                    .isEqualTo("GROUP_NOT_FOUND");
            assertThat(api.post(
                                    "/api/groups/" + group.id() + "/webhooks",
                                    group.owner().token(),
                                    Map.of("url", receiver.url("/x"), "format", "STANDARD", "events", List.of("x.y")))
                            .code())
                    .isEqualTo("VALIDATION_FAILED");
            for (int i = 0; i < 5; i++) {
                subscribe(group, receiver.url("/x" + i), "STANDARD", List.of("help.posted"));
            }
            Api.Response sixth = api.post(
                    "/api/groups/" + group.id() + "/webhooks", group.owner().token(), body);
            assertThat(sixth.status()).isEqualTo(409);
            assertThat(sixth.code()).isEqualTo("WEBHOOK_LIMIT");
            String id = api.get(
                            "/api/groups/" + group.id() + "/webhooks",
                            group.owner().token())
                    .json()
                    .get(0)
                    .path("id")
                    .asString();
            URI uri = URI.create(api.base() + "/api/groups/" + group.id() + "/webhooks/" + id);
            assertThat(api.send(HttpRequest.newBuilder(uri).DELETE(), member.token())
                            .code())
                    .isEqualTo("GROUP_OWNER_REQUIRED");
            assertThat(api.send(
                                    HttpRequest.newBuilder(uri).DELETE(),
                                    group.owner().token())
                            .status())
                    .isEqualTo(204);
            assertThat(api.get(
                                    "/api/groups/" + group.id() + "/webhooks",
                                    group.owner().token())
                            .json())
                    .hasSize(4);
        }
    }
}
