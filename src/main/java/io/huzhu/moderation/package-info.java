/**
 * Moderation (C8) and the group safety score (C9): reports by members, the review queue, moderator actions with
 * reasons, the warn ladder with decay, trust levels, the append-only audit log, appeals decided by someone other than
 * the moderator who acted, and the safety score shown before joining. A feature: nothing depends on it; it reads
 * groups and feed through their APIs and keeps its own aggregates, fed by their events.
 */
@NullMarked
package io.huzhu.moderation;

import org.jspecify.annotations.NullMarked;
