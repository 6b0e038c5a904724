package io.huzhu.moderation;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/** An appeal against a moderation action was decided: upheld or overturned. The appellant is told. */
public record AppealDecided(UUID appealId, GroupId groupId, UserId appellantId, boolean overturned, Instant at) {}
