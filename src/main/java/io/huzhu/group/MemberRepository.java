package io.huzhu.group;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code group_member}. Every change is conditional on the expected status and its row count is used. */
@Repository
class MemberRepository {

    private static final String COLUMNS = "group_id, user_id, role, status, requested_at, joined_at, muted_until";

    /** The acknowledgement of a rules version: which text the member agreed to, and when. */
    record Consent(int rulesVersion, String rulesHash, Instant at) {}

    private final JdbcClient jdbc;

    MemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the row unless the user already has one (member, applicant or banned); returns whether it did. */
    boolean insert(GroupId group, UserId user, GroupRole role, MemberStatus status, Consent consent) {
        return jdbc.sql("""
                                insert into group_member (group_id, user_id, role, status, requested_at, joined_at,
                                                          rules_version, rules_hash, rules_accepted_at)
                                values (:group, :user, :role, :status, :at, :joinedAt, :version, :hash, :at)
                                on conflict do nothing
                                """)
                        .param("group", group.value())
                        .param("user", user.value())
                        .param("role", role.name())
                        .param("status", status.name())
                        .param("at", Sql.ts(consent.at()))
                        .param("joinedAt", status == MemberStatus.ACTIVE ? Sql.ts(consent.at()) : null)
                        .param("version", consent.rulesVersion())
                        .param("hash", consent.rulesHash())
                        .update()
                == 1;
    }

    boolean insertBanned(GroupId group, UserId user, String reason, Instant at) {
        return jdbc.sql("""
                                insert into group_member (group_id, user_id, role, status, requested_at, ban_reason)
                                values (:group, :user, 'MEMBER', 'BANNED', :at, :reason)
                                on conflict do nothing
                                """)
                        .param("group", group.value())
                        .param("user", user.value())
                        .param("at", Sql.ts(at))
                        .param("reason", reason)
                        .update()
                == 1;
    }

    Optional<MemberRow> find(GroupId group, UserId user) {
        return jdbc.sql("select " + COLUMNS + " from group_member where group_id = :group and user_id = :user")
                .param("group", group.value())
                .param("user", user.value())
                .query(MemberRepository::map)
                .optional();
    }

    boolean activate(GroupId group, UserId user, Instant at) {
        return jdbc.sql("update group_member set status = 'ACTIVE', joined_at = :at"
                                + " where group_id = :group and user_id = :user and status = 'PENDING'")
                        .param("at", Sql.ts(at))
                        .param("group", group.value())
                        .param("user", user.value())
                        .update()
                == 1;
    }

    boolean delete(GroupId group, UserId user, MemberStatus status) {
        return jdbc.sql("delete from group_member where group_id = :group and user_id = :user and status = :status")
                        .param("group", group.value())
                        .param("user", user.value())
                        .param("status", status.name())
                        .update()
                == 1;
    }

    /** Turns a member or applicant into a banned user; returns the number of rows changed. */
    boolean ban(GroupId group, UserId user, MemberStatus from, String reason) {
        return jdbc.sql("""
                                update group_member set status = 'BANNED', role = 'MEMBER', muted_until = null,
                                       ban_reason = :reason
                                where group_id = :group and user_id = :user and status = :from
                                """)
                        .param("reason", reason)
                        .param("group", group.value())
                        .param("user", user.value())
                        .param("from", from.name())
                        .update()
                == 1;
    }

    boolean setRole(GroupId group, UserId user, GroupRole from, GroupRole to) {
        return jdbc.sql("update group_member set role = :to"
                                + " where group_id = :group and user_id = :user and status = 'ACTIVE' and role = :from")
                        .param("to", to.name())
                        .param("group", group.value())
                        .param("user", user.value())
                        .param("from", from.name())
                        .update()
                == 1;
    }

    boolean mute(GroupId group, UserId user, @Nullable Instant until, @Nullable String reason) {
        return jdbc.sql("update group_member set muted_until = :until, mute_reason = :reason"
                                + " where group_id = :group and user_id = :user and status = 'ACTIVE'")
                        .param("until", Sql.ts(until))
                        .param("reason", reason)
                        .param("group", group.value())
                        .param("user", user.value())
                        .update()
                == 1;
    }

    List<UserId> activeIds(GroupId group) {
        return jdbc.sql("select user_id from group_member where group_id = :group and status = 'ACTIVE'")
                .param("group", group.value())
                .query((rs, n) -> new UserId(Sql.uuid(rs, "user_id")))
                .list();
    }

    List<MemberRow> activeOf(UserId user) {
        return jdbc.sql("select " + COLUMNS + " from group_member where user_id = :user and status = 'ACTIVE'")
                .param("user", user.value())
                .query(MemberRepository::map)
                .list();
    }

    /** Active members ordered by user id, after {@code cursor} when given. */
    List<MemberRow> page(GroupId group, @Nullable UUID cursor, int limit) {
        String after = cursor == null ? "" : " and user_id > :cursor";
        var spec = jdbc.sql("select " + COLUMNS + " from group_member where group_id = :group and status = 'ACTIVE'"
                        + after + " order by user_id limit :limit")
                .param("group", group.value())
                .param("limit", limit);
        if (cursor != null) {
            spec = spec.param("cursor", cursor);
        }
        return spec.query(MemberRepository::map).list();
    }

    List<MemberRow> withStatus(GroupId group, MemberStatus status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from group_member where group_id = :group and status = :status"
                        + " order by requested_at, user_id limit :limit")
                .param("group", group.value())
                .param("status", status.name())
                .param("limit", limit)
                .query(MemberRepository::map)
                .list();
    }

    /** Active members who acknowledged this rules version. */
    int acknowledged(GroupId group, int rulesVersion) {
        return jdbc.sql("select count(*) from group_member where group_id = :group and status = 'ACTIVE'"
                        + " and rules_version = :version")
                .param("group", group.value())
                .param("version", rulesVersion)
                .query(Integer.class)
                .single();
    }

    List<MemberRow> moderators(GroupId group) {
        return jdbc.sql("select " + COLUMNS + " from group_member where group_id = :group and status = 'ACTIVE'"
                        + " and role in ('OWNER', 'ADMIN') order by role desc, joined_at")
                .param("group", group.value())
                .query(MemberRepository::map)
                .list();
    }

    private static MemberRow map(ResultSet rs, int rowNum) throws SQLException {
        return new MemberRow(
                new GroupId(Sql.uuid(rs, "group_id")),
                new UserId(Sql.uuid(rs, "user_id")),
                GroupRole.valueOf(rs.getString("role")),
                MemberStatus.valueOf(rs.getString("status")),
                Sql.requiredInstant(rs, "requested_at"),
                Sql.instant(rs, "joined_at"),
                Sql.instant(rs, "muted_until"));
    }
}
