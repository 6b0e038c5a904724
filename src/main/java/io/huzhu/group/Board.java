package io.huzhu.group;

import io.huzhu.identity.Accounts;
import io.huzhu.safety.FieldScreening;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import io.huzhu.shared.Ids;
import io.huzhu.shared.UserId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Announcements and the tips board: owner and admins write and delete, members read. */
@Component
class Board {

    static final int MAX_TITLE = 100;
    static final int MAX_BODY = 2000;
    private static final int MAX_ITEMS = 50;

    private final GroupService access;
    private final ItemRepository items;
    private final Accounts accounts;
    private final Clock clock;

    private final FieldScreening fields;

    Board(GroupService access, ItemRepository items, Accounts accounts, FieldScreening fields, Clock clock) {
        this.fields = fields;
        this.access = access;
        this.items = items;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    GroupViews.Item post(GroupId id, UserId author, ItemKind kind, String title, String body, boolean pinned) {
        Membership me = access.moderator(id, author);
        // Muted means read-only in the group, for admins as well.
        if (me.isMuted(clock.instant())) {
            throw HuzhuException.of(ErrorCode.MEMBER_MUTED);
        }
        validate(title.strip(), body.strip());
        fields.check("ANNOUNCEMENT", Map.of("title", title, "body", body));
        var row = new ItemRepository.Row(
                Ids.next(),
                id,
                kind,
                author,
                title.strip(),
                body.strip(),
                kind == ItemKind.ANNOUNCEMENT && pinned,
                clock.instant());
        items.insert(row);
        return view(row, accounts.displayNames(List.of(author)));
    }

    @Transactional(readOnly = true)
    List<GroupViews.Item> list(GroupId id, UserId reader, ItemKind kind) {
        access.member(id, reader);
        List<ItemRepository.Row> rows = items.list(id, kind, MAX_ITEMS);
        Map<UserId, String> names = accounts.displayNames(
                rows.stream().map(ItemRepository.Row::authorId).toList());
        return rows.stream().map(row -> view(row, names)).toList();
    }

    @Transactional
    void delete(GroupId id, UserId caller, ItemKind kind, UUID itemId) {
        access.moderator(id, caller);
        if (!items.delete(id, kind, itemId)) {
            throw HuzhuException.of(ErrorCode.GROUP_ITEM_NOT_FOUND);
        }
    }

    static void validate(String title, String body) {
        List<FieldError> errors = new ArrayList<>();
        if (title.isEmpty() || title.codePointCount(0, title.length()) > MAX_TITLE) {
            errors.add(new FieldError("title", "LENGTH", "1 to 100 characters"));
        }
        if (body.isEmpty() || body.codePointCount(0, body.length()) > MAX_BODY) {
            errors.add(new FieldError("body", "LENGTH", "1 to 2000 characters"));
        }
        if (!errors.isEmpty()) {
            throw HuzhuException.invalid(errors);
        }
    }

    private static GroupViews.Item view(ItemRepository.Row row, Map<UserId, String> names) {
        return new GroupViews.Item(
                row.id(),
                row.kind(),
                row.title(),
                row.body(),
                row.pinned(),
                row.authorId(),
                names.getOrDefault(row.authorId(), ""),
                row.createdAt());
    }
}
