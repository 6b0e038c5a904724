package io.huzhu.group;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ItemRepository {

    record Row(
            UUID id,
            GroupId groupId,
            ItemKind kind,
            UserId authorId,
            String title,
            String body,
            boolean pinned,
            Instant createdAt) {}

    private final JdbcClient jdbc;

    ItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row) {
        jdbc.sql("""
                        insert into group_item (id, group_id, kind, author_id, title, body, pinned, created_at)
                        values (:id, :group, :kind, :author, :title, :body, :pinned, :createdAt)
                        """)
                .param("id", row.id())
                .param("group", row.groupId().value())
                .param("kind", row.kind().name())
                .param("author", row.authorId().value())
                .param("title", row.title())
                .param("body", row.body())
                .param("pinned", row.pinned())
                .param("createdAt", Sql.ts(row.createdAt()))
                .update();
    }

    /** Pinned first, then newest first. */
    List<Row> list(GroupId group, ItemKind kind, int limit) {
        return jdbc.sql("select * from group_item where group_id = :group and kind = :kind"
                        + " order by pinned desc, created_at desc, id desc limit :limit")
                .param("group", group.value())
                .param("kind", kind.name())
                .param("limit", limit)
                .query(ItemRepository::map)
                .list();
    }

    boolean delete(GroupId group, ItemKind kind, UUID id) {
        return jdbc.sql("delete from group_item where id = :id and group_id = :group and kind = :kind")
                        .param("id", id)
                        .param("group", group.value())
                        .param("kind", kind.name())
                        .update()
                == 1;
    }

    private static Row map(ResultSet rs, int rowNum) throws SQLException {
        return new Row(
                Sql.uuid(rs, "id"),
                new GroupId(Sql.uuid(rs, "group_id")),
                ItemKind.valueOf(rs.getString("kind")),
                new UserId(Sql.uuid(rs, "author_id")),
                rs.getString("title"),
                rs.getString("body"),
                rs.getBoolean("pinned"),
                Sql.requiredInstant(rs, "created_at"));
    }
}
