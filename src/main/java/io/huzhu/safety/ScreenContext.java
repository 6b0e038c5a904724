package io.huzhu.safety;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who says what where: the context some rules need (a group's link allowlist, flood and duplicate checks per
 * author, first-message rules for new members). Plain values only: the gate never imports a feature module.
 *
 * @param surface what kind of text this is (MESSAGE, DISPLAY_NAME, GROUP_NAME, DESCRIPTION, RULES, ANNOUNCEMENT, NOTE)
 * @param authorMessagesInGroup how many messages the author has posted in the group before (0 = first message)
 * @param newMember the author is still sandboxed in this group (trust level 0)
 */
public record ScreenContext(
        String surface,
        @Nullable GroupId groupId,
        @Nullable UserId authorId,
        Set<String> groupLinkAllowlist,
        int authorMessagesInGroup,
        boolean newMember) {

    public static ScreenContext plain(String surface) {
        return new ScreenContext(surface, null, null, Set.of(), Integer.MAX_VALUE, false);
    }
}
