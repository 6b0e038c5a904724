package io.huzhu.group;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A group's settings as sent by a client; on update a missing field keeps its current value. */
record GroupForm(
        @Nullable String name,
        @Nullable String description,
        @Nullable String rules,
        @Nullable Integer capacity,
        @Nullable Boolean joinApproval,
        @Nullable List<String> linkAllowlist) {}
