package io.huzhu.reciprocity;

import io.huzhu.reciprocity.SimulatedGroup.Request;
import org.jspecify.annotations.Nullable;

/**
 * Today's 互助群: the member opens the chat and helps the newest help post on screen they can still help. Nobody
 * scrolls back, so a post that has left the screen is gone. The screen holds help posts only (real chats also
 * carry chatter, which scrolls posts away faster): a generous model of the chat.
 */
record PlainChatPolicy(int screenSize) implements HelpPolicy {

    @Override
    public String name() {
        return "plain chat";
    }

    @Override
    public @Nullable Request choose(int helper, int minute, GroupState state) {
        var feed = state.feed;
        Request chosen = null;
        for (int i = feed.size() - 1; i >= Math.max(0, feed.size() - screenSize); i--) {
            var request = feed.get(i);
            if (state.isOpen(request, minute)) {
                state.exposures[request.index()]++;
            }
            if (chosen == null && state.canHelp(helper, request, minute)) {
                chosen = request;
            }
        }
        return chosen;
    }
}
