package io.huzhu.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identity of a task; other modules refer to a task by this id only. */
public record TaskId(@JsonValue UUID value) {

    public TaskId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static TaskId of(UUID value) {
        return new TaskId(value);
    }

    public static TaskId next() {
        return new TaskId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
