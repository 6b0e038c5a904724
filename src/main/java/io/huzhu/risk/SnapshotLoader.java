package io.huzhu.risk;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.risk.detect.AccountFacts;
import io.huzhu.risk.detect.SignalAssist;
import io.huzhu.risk.detect.Snapshot;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.Sql;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the signals of a scan window into a {@link Snapshot}: every assist in it, the registrations of the members
 * involved, every account seen on a device in the window, the groups the members joined, and the members caught
 * offering or asking for paid help.
 */
@Component
class SnapshotLoader {

    private static final int CHUNK = 1000;
    private final JdbcClient jdbc;

    SnapshotLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Snapshot load(Instant from, Instant to) {
        List<SignalAssist> assists = jdbc.sql("select assist_id, task_id, helper_id, initiator_id, at, device,"
                        + " address, network from risk_assist where at >= :from and at < :to")
                .param("from", ts(from))
                .param("to", ts(to))
                .query((rs, n) -> new SignalAssist(
                        Sql.uuid(rs, "assist_id"),
                        new TaskId(Sql.uuid(rs, "task_id")),
                        new UserId(Sql.uuid(rs, "helper_id")),
                        new UserId(Sql.uuid(rs, "initiator_id")),
                        Sql.requiredInstant(rs, "at"),
                        rs.getString("device"),
                        rs.getString("address"),
                        rs.getString("network")))
                .list();
        Set<UserId> people = new HashSet<>();
        assists.forEach(a -> {
            people.add(a.helper());
            people.add(a.initiator());
        });
        Map<UserId, AccountFacts> accounts = new HashMap<>();
        Map<String, Set<UserId>> devices = new HashMap<>();
        jdbc.sql("select user_id, kind, device, address, network, at from risk_activity"
                        + " where at >= :from and at < :to")
                .param("from", ts(from))
                .param("to", ts(to))
                .query(rs -> {
                    read(rs, accounts, devices);
                });
        List<UUID> earlier = people.stream()
                .filter(p -> !accounts.containsKey(p))
                .map(UserId::value)
                .toList();
        for (List<UUID> chunk : Sql.chunks(earlier, CHUNK)) {
            jdbc.sql("select user_id, kind, device, address, network, at from risk_activity"
                            + " where kind = 'REGISTER' and user_id in (:ids)")
                    .param("ids", chunk)
                    .query(rs -> {
                        read(rs, accounts, devices);
                    });
        }
        Map<UserId, Set<GroupId>> groups = new HashMap<>();
        for (List<UUID> chunk : Sql.chunks(people.stream().map(UserId::value).toList(), CHUNK)) {
            jdbc.sql("select group_id, user_id from risk_join where at < :to and user_id in (:ids)")
                    .param("to", ts(to))
                    .param("ids", chunk)
                    .query(rs -> {
                        groups.computeIfAbsent(new UserId(Sql.uuid(rs, "user_id")), u -> new HashSet<>())
                                .add(new GroupId(Sql.uuid(rs, "group_id")));
                    });
        }
        Set<UserId> paid = new HashSet<>();
        jdbc.sql("select distinct author_id from risk_content where at >= :from and at < :to")
                .param("from", ts(from))
                .param("to", ts(to))
                .query(rs -> {
                    paid.add(new UserId(Sql.uuid(rs, "author_id")));
                });
        return new Snapshot(from, to, assists, accounts, devices, groups, paid);
    }

    private static void read(
            java.sql.ResultSet rs, Map<UserId, AccountFacts> accounts, Map<String, Set<UserId>> devices)
            throws java.sql.SQLException {
        UserId user = new UserId(Sql.uuid(rs, "user_id"));
        String device = rs.getString("device");
        if (device != null) {
            devices.computeIfAbsent(device, d -> new HashSet<>()).add(user);
        }
        if ("REGISTER".equals(rs.getString("kind"))) {
            accounts.put(
                    user,
                    new AccountFacts(
                            user,
                            Sql.requiredInstant(rs, "at"),
                            device,
                            rs.getString("address"),
                            rs.getString("network")));
        }
    }
}
