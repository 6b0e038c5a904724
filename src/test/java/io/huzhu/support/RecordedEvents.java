package io.huzhu.support;

import io.huzhu.group.MemberJoined;
import io.huzhu.group.MemberLeft;
import io.huzhu.group.MemberSanctioned;
import io.huzhu.task.AssistsRecorded;
import io.huzhu.task.RewardClaimed;
import io.huzhu.task.TaskExpired;
import io.huzhu.task.TaskSettled;
import io.huzhu.task.TaskStarted;
import io.huzhu.task.TaskSucceeded;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records the task module's events once their transaction commits, from whatever thread published them. Being
 * transactional listeners, they also go through the Modulith event publication registry, as production listeners
 * will.
 */
public class RecordedEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(TaskStarted event) {
        events.add(event);
    }

    @TransactionalEventListener
    void on(AssistsRecorded event) {
        events.addAll(event.assists());
    }

    @TransactionalEventListener
    void on(TaskSucceeded event) {
        events.add(event);
    }

    @TransactionalEventListener
    void on(TaskExpired event) {
        events.add(event);
    }

    @TransactionalEventListener
    void on(RewardClaimed event) {
        events.add(event);
    }

    @TransactionalEventListener
    void on(TaskSettled event) {
        events.add(event);
    }

    @TransactionalEventListener
    void on(MemberJoined event) {
        events.add(event);
    }

    @TransactionalEventListener
    void on(MemberLeft event) {
        events.add(event);
    }

    @TransactionalEventListener
    void on(MemberSanctioned event) {
        events.add(event);
    }

    public <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
