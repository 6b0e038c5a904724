package io.huzhu.risk;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A member became active in a group, by whose invitation when known (join chains). */
public interface JoinSignal {

    GroupId groupId();

    UserId userId();

    @Nullable
    UserId invitedBy();

    Instant at();
}
