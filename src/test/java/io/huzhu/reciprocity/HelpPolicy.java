package io.huzhu.reciprocity;

import io.huzhu.reciprocity.SimulatedGroup.Request;
import org.jspecify.annotations.Nullable;

/** How a member who is willing to help now picks the request to help; it also counts what it showed. */
interface HelpPolicy {

    String name();

    @Nullable
    Request choose(int helper, int minute, GroupState state);
}
