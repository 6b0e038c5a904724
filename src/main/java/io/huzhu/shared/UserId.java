package io.huzhu.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identity of a user; other modules refer to a user by this id only. */
public record UserId(@JsonValue UUID value) {

    public UserId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static UserId of(UUID value) {
        return new UserId(value);
    }

    public static UserId next() {
        return new UserId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
