package io.huzhu.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.transaction.event.TransactionalEventListener;

/** Records the application's events once their transaction commits, from whatever thread published them. */
public class RecordedEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @TransactionalEventListener(fallbackExecution = true)
    void on(Object event) {
        if (event.getClass().getPackageName().startsWith("io.huzhu")) {
            events.add(event);
        }
    }

    public <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
