package io.huzhu.reciprocity;

/** What a help post asks for: assists on a Huzhu task (seen by Huzhu), or on an external link (self-reported). */
public enum HelpKind {
    TASK,
    EXTERNAL_LINK
}
