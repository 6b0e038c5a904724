/**
 * Mutual-help groups (互助群): groups, membership and group roles, invites, join approvals, moderation of members
 * (mute, kick, ban), announcements and the tips board. Its public API is {@link Groups} and the types it returns.
 */
@NullMarked
package io.huzhu.group;

import org.jspecify.annotations.NullMarked;
