package io.huzhu.group;

import io.huzhu.safety.FieldScreening;
import io.huzhu.safety.ReservedNames;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import io.huzhu.shared.ShortCodes;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creating a group, changing its settings and rotating its invite code. */
@Component
class GroupAdmin {

    private final GroupService access;
    private final GroupRepository groups;
    private final MemberRepository members;
    private final GroupProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final FieldScreening fields;

    GroupAdmin(
            GroupService access,
            GroupRepository groups,
            MemberRepository members,
            GroupProperties properties,
            ApplicationEventPublisher events,
            FieldScreening fields,
            Clock clock) {
        this.fields = fields;
        this.access = access;
        this.groups = groups;
        this.members = members;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    private void screen(GroupDraft draft) {
        fields.checkName(ReservedNames.Kind.GROUP, "name", draft.name());
        fields.check(
                "GROUP",
                java.util.Map.of("name", draft.name(), "description", draft.description(), "rules", draft.rules()));
    }

    /** Creates the group with its creator as owner and first member (who wrote, and so accepts, the rules). */
    @Transactional
    GroupViews.Details create(UserId creator, GroupForm form) {
        GroupDraft base = new GroupDraft("", "", "", properties.defaultCapacity(), false, List.of());
        GroupDraft draft = GroupValidator.apply(form, base, 0);
        screen(draft);
        Instant now = clock.instant();
        String hash = RulesHash.of(draft.rules());
        // 40 random bits: a collision with an existing code fails the unique key and the request, rarely enough
        // (about one in a million at a million groups) that a retry is the client's business.
        GroupRow row = new GroupRow(
                GroupId.next(),
                draft.name(),
                draft.description(),
                draft.rules(),
                1,
                hash,
                draft.capacity(),
                0,
                draft.joinApproval(),
                ShortCodes.next(),
                creator,
                now);
        groups.insert(row);
        groups.replaceDomains(row.id(), draft.linkAllowlist());
        members.insert(
                row.id(), creator, GroupRole.OWNER, MemberStatus.ACTIVE, new MemberRepository.Consent(1, hash, now));
        groups.takeSeat(row.id());
        events.publishEvent(new MemberJoined(row.id(), creator, now, null));
        return details(row.id(), creator);
    }

    /** Owner and admins change settings; a new rules text gets the next rules version. */
    @Transactional
    GroupViews.Details update(GroupId id, UserId caller, GroupForm form) {
        access.moderator(id, caller);
        GroupRow row = access.group(id);
        GroupDraft draft = GroupValidator.apply(form, GroupDraft.of(row, groups.domains(id)), row.memberCount());
        screen(draft);
        boolean rulesChanged = !draft.rules().equals(row.rules());
        int version = rulesChanged ? row.rulesVersion() + 1 : row.rulesVersion();
        if (!groups.update(id, draft, version, RulesHash.of(draft.rules()))) {
            // The group grew past the new capacity between the read and the update.
            throw HuzhuException.invalid(List.of(
                    new FieldError("capacity", "BELOW_SIZE", "The group has more members than " + draft.capacity())));
        }
        groups.replaceDomains(id, draft.linkAllowlist());
        return details(id, caller);
    }

    @Transactional
    GroupViews.Invite rotateInvite(GroupId id, UserId caller) {
        access.moderator(id, caller);
        String code = ShortCodes.next();
        groups.rotateInvite(id, code);
        return new GroupViews.Invite(code, properties.inviteLink(code));
    }

    /** The group as the caller, a member, sees it. */
    @Transactional(readOnly = true)
    GroupViews.Details details(GroupId id, UserId caller) {
        Membership me = access.member(id, caller);
        GroupRow row = access.group(id);
        return new GroupViews.Details(
                row.id(),
                row.name(),
                row.description(),
                row.rules(),
                row.rulesVersion(),
                row.rulesHash(),
                row.capacity(),
                row.memberCount(),
                row.joinApproval(),
                groups.domains(id),
                row.ownerId(),
                row.createdAt(),
                me.role(),
                me.mutedUntil(),
                row.inviteCode(),
                properties.inviteLink(row.inviteCode()));
    }
}
