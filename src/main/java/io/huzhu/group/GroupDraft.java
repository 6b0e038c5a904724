package io.huzhu.group;

import java.util.List;

/** Validated settings of a group, ready to store. */
record GroupDraft(
        String name, String description, String rules, int capacity, boolean joinApproval, List<String> linkAllowlist) {

    GroupDraft {
        linkAllowlist = List.copyOf(linkAllowlist);
    }

    static GroupDraft of(GroupRow row, List<String> domains) {
        return new GroupDraft(row.name(), row.description(), row.rules(), row.capacity(), row.joinApproval(), domains);
    }
}
