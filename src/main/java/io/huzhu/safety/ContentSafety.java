package io.huzhu.safety;

/**
 * The one pipeline every piece of user text passes before it is stored or shown: personal data, links, spam and
 * ads. Fast and side-effect free except for the per-author memory that duplicate and flood rules need.
 */
public interface ContentSafety {

    Verdict screen(String text, ScreenContext context);

    /** The same verdict without remembering anything (for admins trying text out). */
    Verdict dryRun(String text, ScreenContext context);

    /** An admin confirmed a text as spam: it becomes a spam sample. */
    void learnSpam(String text);

    /** An admin overturned a spam decision: the text becomes a ham sample. */
    void learnHam(String text);
}
