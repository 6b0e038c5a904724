package io.huzhu.safety;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Per author and group, in this node's memory: the same text (letters and digits only, lower-cased) twice within
 * {@value #DUPLICATE_MINUTES} minutes is a DUPLICATE (held), more than {@value #FLOOD_LIMIT} messages a minute a FLOOD
 * (rejected). Only hashes and times are kept, never text. A dry run reads the memory but changes nothing.
 */
final class AuthorMemory {

    static final int FLOOD_LIMIT = 10;
    static final int DUPLICATE_MINUTES = 10;
    static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(DUPLICATE_MINUTES);
    static final Duration FLOOD_WINDOW = Duration.ofMinutes(1);
    private static final int MIN_DUPLICATE_LENGTH = 4;

    private record Key(GroupId group, UserId author) {}

    /** Recent activity of one author in one group: message times and the hashes of recent texts. */
    private static final class Recent {
        final ArrayDeque<Long> times = new ArrayDeque<>();
        final ArrayDeque<long[]> texts = new ArrayDeque<>();
    }

    private final Clock clock;
    private final Cache<Key, Recent> authors;

    AuthorMemory(Clock clock) {
        this.clock = clock;
        this.authors = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(DUPLICATE_WINDOW.plusMinutes(1))
                .build();
    }

    void check(NormalisedText text, ScreenContext context, boolean remember, List<Finding> out) {
        @Nullable GroupId group = context.groupId();
        @Nullable UserId author = context.authorId();
        if (group == null || author == null) {
            return;
        }
        Key key = new Key(group, author);
        Recent recent = remember ? authors.get(key, k -> new Recent()) : authors.getIfPresent(key);
        if (recent == null) {
            return;
        }
        long now = clock.millis();
        String s = text.text();
        long hash = 0xcbf29ce484222325L;
        int length = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                hash = (hash ^ Character.toLowerCase(c)) * 0x100000001b3L;
                length++;
            }
        }
        boolean duplicate = false;
        int count;
        synchronized (recent) {
            while (!recent.times.isEmpty() && recent.times.peekFirst() <= now - FLOOD_WINDOW.toMillis()) {
                recent.times.pollFirst();
            }
            while (!recent.texts.isEmpty() && recent.texts.peekFirst()[1] <= now - DUPLICATE_WINDOW.toMillis()) {
                recent.texts.pollFirst();
            }
            count = recent.times.size() + 1;
            if (length >= MIN_DUPLICATE_LENGTH) {
                for (long[] t : recent.texts) {
                    duplicate |= t[0] == hash;
                }
            }
            if (remember) {
                remember(recent, now, hash);
            }
        }
        int end = text.original().length();
        if (count > FLOOD_LIMIT) {
            out.add(Findings.flood(end, FLOOD_LIMIT));
        }
        if (duplicate) {
            out.add(Findings.held(
                    FindingType.DUPLICATE,
                    0,
                    end,
                    "DUPLICATE",
                    DUPLICATE_MINUTES + " 分钟内重复发送了相同内容",
                    "The same text was posted within " + DUPLICATE_MINUTES + " minutes"));
        }
    }

    private static void remember(Recent recent, long now, long hash) {
        recent.times.addLast(now);
        if (recent.times.size() > FLOOD_LIMIT * 2) {
            recent.times.pollFirst();
        }
        recent.texts.addLast(new long[] {hash, now});
        if (recent.texts.size() > 50) {
            recent.texts.pollFirst();
        }
    }
}
