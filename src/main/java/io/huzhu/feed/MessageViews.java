package io.huzhu.feed;

import io.huzhu.identity.Accounts;
import io.huzhu.shared.UserId;
import io.huzhu.task.TaskQueries;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Message rows to views: author names in one query, task cards with the task's live state. */
@Component
class MessageViews {

    private final Accounts accounts;
    private final TaskQueries tasks;

    MessageViews(Accounts accounts, TaskQueries tasks) {
        this.accounts = accounts;
        this.tasks = tasks;
    }

    List<MessageView> views(List<MessageRow> rows) {
        Map<UserId, String> names = accounts.displayNames(
                rows.stream().map(MessageRow::authorId).distinct().toList());
        return rows.stream().map(row -> view(row, names.get(row.authorId()))).toList();
    }

    MessageView view(MessageRow row) {
        return views(List.of(row)).getFirst();
    }

    private MessageView view(MessageRow row, String authorName) {
        TaskCard card = row.taskId() == null
                ? null
                : tasks.find(row.taskId()).map(TaskCard::of).orElse(null);
        return new MessageView(
                row.id(),
                row.groupId(),
                row.seq(),
                row.status(),
                row.kind(),
                row.authorId(),
                authorName,
                row.body(),
                card,
                row.link(),
                row.linkDomain(),
                row.createdAt());
    }
}
