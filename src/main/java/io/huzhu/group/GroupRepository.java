package io.huzhu.group;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GroupRepository {

    private final JdbcClient jdbc;

    GroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(GroupRow row) {
        jdbc.sql("""
                        insert into community_group (id, name, description, rules, rules_version, rules_hash, capacity,
                                                     member_count, join_approval, invite_code, owner_id, created_at)
                        values (:id, :name, :description, :rules, :version, :hash, :capacity, 0, :approval, :code,
                                :owner, :createdAt)
                        """)
                .param("id", row.id().value())
                .param("name", row.name())
                .param("description", row.description())
                .param("rules", row.rules())
                .param("version", row.rulesVersion())
                .param("hash", row.rulesHash())
                .param("capacity", row.capacity())
                .param("approval", row.joinApproval())
                .param("code", row.inviteCode())
                .param("owner", row.ownerId().value())
                .param("createdAt", Sql.ts(row.createdAt()))
                .update();
    }

    Optional<GroupRow> find(GroupId id) {
        return jdbc.sql("select * from community_group where id = :id")
                .param("id", id.value())
                .query(GroupRepository::map)
                .optional();
    }

    Optional<GroupRow> findByInviteCode(String code) {
        return jdbc.sql("select * from community_group where invite_code = :code")
                .param("code", code)
                .query(GroupRepository::map)
                .optional();
    }

    List<GroupRow> findAll(Collection<GroupId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from community_group where id in (:ids) order by created_at, id")
                .param("ids", ids.stream().map(GroupId::value).toList())
                .query(GroupRepository::map)
                .list();
    }

    boolean exists(GroupId id) {
        return jdbc.sql("select count(*) from community_group where id = :id")
                        .param("id", id.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Takes a seat unless the group is full; the row count settles concurrent joins. */
    boolean takeSeat(GroupId id) {
        return jdbc.sql("update community_group set member_count = member_count + 1"
                                + " where id = :id and member_count < capacity")
                        .param("id", id.value())
                        .update()
                == 1;
    }

    void freeSeat(GroupId id) {
        jdbc.sql("update community_group set member_count = member_count - 1 where id = :id and member_count > 0")
                .param("id", id.value())
                .update();
    }

    /** Stores new settings unless the group has meanwhile grown past the new capacity. */
    boolean update(GroupId id, GroupDraft draft, int rulesVersion, String rulesHash) {
        return jdbc.sql("""
                                update community_group set name = :name, description = :description, rules = :rules,
                                       rules_version = :version, rules_hash = :hash, capacity = :capacity,
                                       join_approval = :approval
                                where id = :id and member_count <= :capacity
                                """)
                        .param("name", draft.name())
                        .param("description", draft.description())
                        .param("rules", draft.rules())
                        .param("version", rulesVersion)
                        .param("hash", rulesHash)
                        .param("capacity", draft.capacity())
                        .param("approval", draft.joinApproval())
                        .param("id", id.value())
                        .update()
                == 1;
    }

    void rotateInvite(GroupId id, String code) {
        jdbc.sql("update community_group set invite_code = :code where id = :id")
                .param("code", code)
                .param("id", id.value())
                .update();
    }

    void setOwner(GroupId id, UserId owner) {
        jdbc.sql("update community_group set owner_id = :owner where id = :id")
                .param("owner", owner.value())
                .param("id", id.value())
                .update();
    }

    List<String> domains(GroupId id) {
        return jdbc.sql("select domain from group_link_domain where group_id = :id order by domain")
                .param("id", id.value())
                .query(String.class)
                .list();
    }

    void replaceDomains(GroupId id, List<String> domains) {
        jdbc.sql("delete from group_link_domain where group_id = :id")
                .param("id", id.value())
                .update();
        domains.forEach(domain -> jdbc.sql("insert into group_link_domain (group_id, domain) values (:id, :domain)")
                .param("id", id.value())
                .param("domain", domain)
                .update());
    }

    private static GroupRow map(ResultSet rs, int rowNum) throws SQLException {
        return new GroupRow(
                new GroupId(Sql.uuid(rs, "id")),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("rules"),
                rs.getInt("rules_version"),
                rs.getString("rules_hash"),
                rs.getInt("capacity"),
                rs.getInt("member_count"),
                rs.getBoolean("join_approval"),
                rs.getString("invite_code"),
                new UserId(Sql.uuid(rs, "owner_id")),
                Sql.requiredInstant(rs, "created_at"));
    }
}
