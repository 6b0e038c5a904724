package io.huzhu.notify;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The text a group robot posts for an event: Chinese first, English second, and a link to the group. Only ids and
 * codes from the event, never a member's text or name; at most 2,000 bytes (WeCom takes 2,048).
 */
@Component
class RobotTexts {

    static final int MAX_BYTES = 2000;
    private final String base;

    RobotTexts(NotifyProperties properties) {
        String url = properties.webhooks().linkBaseUrl();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    String text(String type, JsonNode data) {
        String link = base + "/#/groups/" + data.path("groupId").asString("");
        String text = switch (type) {
            case "help.posted" -> "【互助】群里有新的求助帖 #" + data.path("seq").asLong() + "\nNew help post in your group: ";
            case "task.succeeded" ->
                "【互助】群里的一个助力任务成功了（" + data.path("assists").asInt() + " 次助力）\nA task posted in your group succeeded: ";
            case "report.filed" ->
                "【互助】收到一条新举报（" + data.path("reason").asString("") + "），请到审核队列处理\nA new report awaits review: ";
            case "member.joined" -> "【互助】有新成员加入了群\nA new member joined your group: ";
            case "webhook.test" -> "【互助】测试消息：群机器人已连接\nTest message: the robot is connected: ";
            default -> "【互助】群动态\nGroup update: ";
        };
        return cut(text + link);
    }

    static String cut(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) {
            return text;
        }
        int end = text.length();
        while (text.substring(0, end).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES - 3) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
