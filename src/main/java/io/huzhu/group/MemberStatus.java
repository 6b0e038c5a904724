package io.huzhu.group;

/** Where a user stands with a group; leaving or being kicked deletes the row instead. */
enum MemberStatus {
    PENDING,
    ACTIVE,
    BANNED
}
