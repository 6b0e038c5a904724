package io.huzhu.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identity of a group; other modules refer to a group by this id only. */
public record GroupId(@JsonValue UUID value) {

    public GroupId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static GroupId of(UUID value) {
        return new GroupId(value);
    }

    public static GroupId next() {
        return new GroupId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
