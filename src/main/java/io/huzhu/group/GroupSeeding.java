package io.huzhu.group;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Creates a group with members through the same paths as the API (screened fields, capacity, rules accepted), for
 * demo data. Not used by requests.
 */
@Component
public class GroupSeeding {

    private final GroupAdmin admin;
    private final Joining joining;
    private final Moderation moderation;

    GroupSeeding(GroupAdmin admin, Joining joining, Moderation moderation) {
        this.admin = admin;
        this.joining = joining;
        this.moderation = moderation;
    }

    /** The owner creates the group with the first Chinese rules template; members join, admins are promoted. */
    public GroupId create(UserId owner, String name, String description, List<UserId> members, List<UserId> admins) {
        String rules = RuleTemplates.forLanguage("zh").getFirst().text();
        GroupViews.Details group = admin.create(owner, new GroupForm(name, description, rules, null, false, null));
        for (UserId member : members) {
            joining.join(member, group.inviteCode(), true, owner);
        }
        for (UserId promoted : admins) {
            moderation.promote(group.id(), owner, promoted);
        }
        return group.id();
    }
}
