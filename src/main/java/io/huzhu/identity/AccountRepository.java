package io.huzhu.identity;

import io.huzhu.shared.Sql;
import io.huzhu.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            UserId id,
            String username,
            String displayName,
            String passwordHash,
            AccountStatus status,
            @Nullable String statusReason,
            int trustLevel,
            int creditLevel,
            Instant createdAt) {

        CurrentUser asCurrentUser(Set<Role> roles) {
            return new CurrentUser(id, username, roles, status, createdAt);
        }
    }

    static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    /** Inserts the account unless the username is taken; returns false when it is. */
    boolean insert(Row row, Set<Role> roles) {
        int inserted = jdbc.sql("""
                        insert into app_user (id, username, username_key, display_name, password_hash, status,
                                              trust_level, credit_level, created_at)
                        select :id, :username, :key, :displayName, :hash, :status, :trust, :credit, :createdAt
                        where not exists (select 1 from app_user where username_key = :key)
                        """)
                .param("id", row.id().value())
                .param("username", row.username())
                .param("key", key(row.username()))
                .param("displayName", row.displayName())
                .param("hash", row.passwordHash())
                .param("status", row.status().name())
                .param("trust", row.trustLevel())
                .param("credit", row.creditLevel())
                .param("createdAt", Sql.ts(row.createdAt()))
                .update();
        if (inserted == 0) {
            return false;
        }
        roles.forEach(role -> addRole(row.id(), role));
        return true;
    }

    void addRole(UserId id, Role role) {
        jdbc.sql("""
                        insert into user_role (user_id, role) select :id, :role
                        where not exists (select 1 from user_role where user_id = :id and role = :role)
                        """).param("id", id.value()).param("role", role.name()).update();
    }

    Optional<Row> findByUsername(String username) {
        return jdbc.sql("select * from app_user where username_key = :key")
                .param("key", key(username))
                .query(AccountRepository::map)
                .optional();
    }

    Optional<Row> findById(UserId id) {
        return jdbc.sql("select * from app_user where id = :id")
                .param("id", id.value())
                .query(AccountRepository::map)
                .optional();
    }

    Set<Role> roles(UserId id) {
        List<String> names = jdbc.sql("select role from user_role where user_id = :id")
                .param("id", id.value())
                .query(String.class)
                .list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }

    java.util.Map<UserId, String> displayNames(java.util.Collection<UserId> ids) {
        java.util.Map<UserId, String> names = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, display_name from app_user where id in (:ids)")
                .param("ids", ids.stream().map(UserId::value).distinct().toList())
                .query((rs, n) -> names.put(new UserId(Sql.uuid(rs, "id")), rs.getString("display_name")))
                .list();
        return names;
    }

    int updateStatus(UserId id, AccountStatus status, @Nullable String reason) {
        return jdbc.sql("update app_user set status = :status, status_reason = :reason where id = :id")
                .param("status", status.name())
                .param("reason", reason)
                .param("id", id.value())
                .update();
    }

    void updatePasswordHash(UserId id, String hash) {
        jdbc.sql("update app_user set password_hash = :hash where id = :id")
                .param("hash", hash)
                .param("id", id.value())
                .update();
    }

    private static Row map(ResultSet rs, int rowNum) throws SQLException {
        return new Row(
                new UserId(Sql.uuid(rs, "id")),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                AccountStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"),
                rs.getInt("trust_level"),
                rs.getInt("credit_level"),
                Sql.requiredInstant(rs, "created_at"));
    }
}
