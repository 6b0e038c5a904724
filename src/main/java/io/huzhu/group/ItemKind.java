package io.huzhu.group;

/** The two boards of a group: announcements, and tips (最新资讯和技巧). */
enum ItemKind {
    ANNOUNCEMENT,
    TIP
}
