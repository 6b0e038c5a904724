package io.huzhu.notify;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One attempt's HTTP request for a subscription's format. {@code STANDARD}: the stored body as is, with
 * {@code webhook-id}, {@code webhook-timestamp} (this attempt's time) and {@code webhook-signature} (one signature per
 * valid secret while a rotation overlaps). Robots: a text message worded from the event ({@link RobotTexts}), signed as
 * DingTalk or Feishu require when the owner gave the robot's secret.
 */
@Component
class TargetRequests {

    static final String USER_AGENT = "Huzhu-Webhooks/1";
    private final JsonMapper json;
    private final RobotTexts texts;

    TargetRequests(JsonMapper json, RobotTexts texts) {
        this.json = json;
        this.texts = texts;
    }

    HttpRequest build(Endpoint endpoint, Delivery delivery, Instant now) {
        return switch (endpoint.format()) {
            case STANDARD -> standard(endpoint, delivery, now);
            case WECOM -> post(URI.create(endpoint.url()), textMessage("msgtype", "text", "content", text(delivery)));
            case DINGTALK -> dingTalk(endpoint, delivery, now);
            case FEISHU -> feishu(endpoint, delivery, now);
        };
    }

    private HttpRequest standard(Endpoint endpoint, Delivery delivery, Instant now) {
        long timestamp = now.getEpochSecond();
        String id = delivery.messageId();
        String signature = StandardSignature.sign(endpoint.secret(), id, timestamp, delivery.body());
        if (endpoint.previousSecret() != null
                && endpoint.previousUntil() != null
                && now.isBefore(endpoint.previousUntil())) {
            signature += " " + StandardSignature.sign(endpoint.previousSecret(), id, timestamp, delivery.body());
        }
        return HttpRequest.newBuilder(URI.create(endpoint.url()))
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                .build();
    }

    private HttpRequest dingTalk(Endpoint endpoint, Delivery delivery, Instant now) {
        String url = endpoint.url();
        if (!endpoint.secret().isEmpty()) {
            long millis = now.toEpochMilli();
            url += (url.contains("?") ? "&" : "?") + "timestamp=" + millis + "&sign="
                    + RobotSigns.dingTalk(endpoint.secret(), millis);
        }
        return post(URI.create(url), textMessage("msgtype", "text", "content", text(delivery)));
    }

    private HttpRequest feishu(Endpoint endpoint, Delivery delivery, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!endpoint.secret().isEmpty()) {
            long seconds = now.getEpochSecond();
            body.put("timestamp", Long.toString(seconds));
            body.put("sign", RobotSigns.feishu(endpoint.secret(), seconds));
        }
        body.put("msg_type", "text");
        body.put("content", Map.of("text", text(delivery)));
        return post(URI.create(endpoint.url()), body);
    }

    private static Map<String, Object> textMessage(String typeKey, String type, String contentKey, String content) {
        return Map.of(typeKey, type, type, Map.of(contentKey, content));
    }

    private String text(Delivery delivery) {
        JsonNode event = json.readTree(delivery.body());
        return texts.text(event.path("type").asString(""), event.path("data"));
    }

    private HttpRequest post(URI uri, Object body) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
    }
}
