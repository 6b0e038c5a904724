package io.huzhu.reciprocity;

/** Life of a help request: open until its task ends, its deadline passes, or its post goes away. */
enum HelpStatus {
    OPEN,
    DONE,
    EXPIRED,
    CLOSED
}
