package io.huzhu.task;

import io.huzhu.shared.ShortCodes;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Read side of tasks, for this module's controller and for other modules (for example a feed's task cards). */
@Service
public class TaskQueries {

    private final TaskRepository tasks;
    private final TaskViews views;

    TaskQueries(TaskRepository tasks, TaskViews views) {
        this.tasks = tasks;
        this.views = views;
    }

    public Optional<TaskView> find(TaskId id) {
        return tasks.find(id).map(views::view);
    }

    /** Several tasks in one query (for lists such as a help queue). */
    public Map<TaskId, TaskView> findAll(Collection<TaskId> ids) {
        Map<TaskId, TaskView> views = new HashMap<>();
        tasks.findAll(ids).forEach(row -> views.put(row.id(), this.views.view(row)));
        return views;
    }

    public Optional<TaskView> byShareCode(String typed) {
        String code = ShortCodes.normalise(typed);
        return code.length() == ShortCodes.LENGTH ? tasks.findByCode(code).map(views::view) : Optional.empty();
    }

    /** A page of the member's tasks, newest first; pass the last id of a page to get the next. */
    public List<TaskView> startedBy(UserId user, @Nullable UUID before, int limit) {
        return tasks.byInitiator(user, before, limit).stream().map(views::view).toList();
    }
}
