package io.huzhu.notify;

import io.huzhu.feed.MessageKind;
import io.huzhu.feed.MessagePosted;
import io.huzhu.group.MemberJoined;
import io.huzhu.moderation.ReportFiled;
import io.huzhu.shared.GroupId;
import io.huzhu.task.TaskSucceeded;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Group events for webhooks: a help post (a task or an external link), a task posted in the group that succeeded, a
 * report filed, a member who joined. Payloads carry ids and codes only: no member's text, name or reporter.
 * Which groups a task was posted in is learnt from {@link MessagePosted} and kept here.
 */
@Component
class WebhookListeners {

    private final WebhookPublisher publisher;
    private final JdbcClient jdbc;

    WebhookListeners(WebhookPublisher publisher, JdbcClient jdbc) {
        this.publisher = publisher;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    public void on(MessagePosted event) {
        if (event.kind() != MessageKind.TASK && event.kind() != MessageKind.LINK) {
            return;
        }
        Map<String, Object> data = data(event.groupId());
        data.put("messageId", event.messageId());
        data.put("seq", event.seq());
        data.put("kind", event.kind());
        if (event.taskId() != null) {
            data.put("taskId", event.taskId());
            jdbc.sql("insert into notify_task_group (task_id, group_id) values (:task, :group) on conflict do nothing")
                    .param("task", event.taskId().value())
                    .param("group", event.groupId().value())
                    .update();
        }
        publisher.publish(event.groupId(), WebhookEvent.HELP_POSTED, "help:" + event.messageId(), data, event.at());
    }

    @ApplicationModuleListener
    public void on(TaskSucceeded event) {
        var groups = jdbc.sql("select group_id from notify_task_group where task_id = :task")
                .param("task", event.taskId().value())
                .query(UUID.class)
                .list();
        for (UUID id : groups) {
            GroupId group = new GroupId(id);
            Map<String, Object> data = data(group);
            data.put("taskId", event.taskId());
            data.put("assists", event.assists());
            publisher.publish(group, WebhookEvent.TASK_SUCCEEDED, "succeeded:" + event.taskId(), data, event.at());
        }
    }

    @ApplicationModuleListener
    public void on(ReportFiled event) {
        Map<String, Object> data = data(event.groupId());
        data.put("reportId", event.reportId());
        data.put("target", event.memberReported() ? "MEMBER" : "MESSAGE");
        if (event.messageId() != null) {
            data.put("messageId", event.messageId());
        }
        data.put("reason", event.reason().name());
        publisher.publish(event.groupId(), WebhookEvent.REPORT_FILED, "report:" + event.reportId(), data, event.at());
    }

    @ApplicationModuleListener
    public void on(MemberJoined event) {
        Map<String, Object> data = data(event.groupId());
        data.put("memberId", event.userId());
        data.put("approved", event.approvedBy() != null);
        String key = "joined:" + event.userId() + ":" + event.at().toEpochMilli();
        publisher.publish(event.groupId(), WebhookEvent.MEMBER_JOINED, key, data, event.at());
    }

    private static Map<String, Object> data(GroupId group) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("groupId", group);
        return data;
    }
}
