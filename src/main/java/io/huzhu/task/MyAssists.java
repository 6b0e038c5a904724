package io.huzhu.task;

import io.huzhu.risk.AssistStatus;
import io.huzhu.risk.RiskReasons;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A member's own assists, with whether each counts and, when not, why in plain words and which case to appeal. */
@Component
class MyAssists {

    record MyAssist(
            UUID assistId,
            TaskId taskId,
            String title,
            String initiatorName,
            TaskStatus taskStatus,
            String unit,
            int seq,
            long cut,
            AssistStatus status,
            @Nullable String reason,
            @Nullable String reasonZh,
            @Nullable String reasonEn,
            @Nullable UUID caseId,
            Instant at) {}

    private final AssistRepository assists;
    private final TaskQueries tasks;

    MyAssists(AssistRepository assists, TaskQueries tasks) {
        this.assists = assists;
        this.tasks = tasks;
    }

    List<MyAssist> page(UserId helper, @Nullable UUID before, int limit) {
        List<AssistRow> rows = assists.byHelper(helper, before, limit);
        Map<TaskId, TaskView> views =
                tasks.findAll(rows.stream().map(AssistRow::taskId).toList());
        return rows.stream()
                .map(row -> {
                    TaskView task = views.get(row.taskId());
                    RiskReasons.Text why = row.reason() == null ? null : RiskReasons.text(row.reason());
                    return new MyAssist(
                            row.id(),
                            row.taskId(),
                            task.title(),
                            task.initiatorName(),
                            task.status(),
                            task.unit(),
                            row.seq(),
                            row.cut(),
                            row.status(),
                            row.reason(),
                            why == null ? null : why.zh(),
                            why == null ? null : why.en(),
                            row.caseId(),
                            row.createdAt());
                })
                .toList();
    }
}
