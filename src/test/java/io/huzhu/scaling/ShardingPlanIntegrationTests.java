package io.huzhu.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Holds the migrated schema to the Citus plan of docs/scaling.md, on H2 and PostgreSQL alike: every table is
 * classified (distributed on a column, reference, or coordinator-local); a distributed table's primary key and every
 * unique key contain its distribution column; a foreign key joins two distributed tables only within one colocation
 * group and on the distribution column, and otherwise points at a reference table. A new table, key or foreign key
 * that breaks the plan fails here, before it makes the schema unshardable.
 */
@IntegrationTest
class ShardingPlanIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Test
    void everyTableFollowsTheCitusPlan() throws Exception {
        Map<String, Table> tables = read();
        List<String> violations = new ArrayList<>();
        for (String table : tables.keySet()) {
            if (!ShardingPlan.PLAN.containsKey(table) && !ShardingPlan.IGNORED.contains(table)) {
                violations.add(table + ": not in the plan (classify it in ShardingPlan and docs/scaling.md)");
            }
        }
        ShardingPlan.PLAN.keySet().stream()
                .filter(t -> !tables.containsKey(t))
                .forEach(t -> violations.add(t + ": planned but not in the schema"));
        tables.forEach((name, table) -> {
            ShardingPlan.Placement placement = ShardingPlan.PLAN.get(name);
            if (placement == null) {
                return;
            }
            if (placement.distributed()) {
                String column = placement.column();
                if (!table.columns.contains(column)) {
                    violations.add(name + ": has no distribution column " + column);
                }
                if (!table.primaryKey.contains(column)) {
                    violations.add(name + ": primary key " + table.primaryKey + " lacks " + column);
                }
                table.uniqueKeys.forEach((key, columns) -> {
                    if (!columns.contains(column)) {
                        violations.add(name + ": unique key " + columns + " lacks " + column);
                    }
                });
            }
            table.foreignKeys.forEach(fk -> {
                ShardingPlan.Placement target = ShardingPlan.PLAN.get(fk.target());
                if (target == null
                        || target.kind() == ShardingPlan.Kind.REFERENCE
                        || (placement.kind() == ShardingPlan.Kind.LOCAL && target.kind() == ShardingPlan.Kind.LOCAL)) {
                    return; // a copy on every node, or both on the coordinator
                }
                boolean colocated = placement.distributed()
                        && target.distributed()
                        && placement.colocation().equals(target.colocation())
                        && fk.pairs().getOrDefault(placement.column(), "").equals(target.column());
                if (!colocated) {
                    violations.add(name + ": foreign key " + fk.pairs() + " to " + fk.target() + " crosses shards ("
                            + placement + " → " + target + ")");
                }
            });
        });
        List<String> unexpected = violations.stream()
                .filter(v -> !ShardingPlan.PENDING.contains(v))
                .sorted()
                .toList();
        List<String> stale = ShardingPlan.PENDING.stream()
                .filter(p -> !violations.contains(p))
                .sorted()
                .toList();
        assertThat(unexpected).as("schema changes that break the sharding plan").isEmpty();
        assertThat(stale)
                .as("pending items already fixed: remove them from ShardingPlan.PENDING")
                .isEmpty();
    }

    @Test
    void theScalingDocumentClassifiesEveryPlannedTable() throws Exception {
        String doc = Files.readString(Path.of("docs/scaling.md"));
        assertThat(ShardingPlan.PLAN.keySet())
                .allSatisfy(table -> assertThat(doc).contains("`" + table + "`"));
    }

    private record ForeignKey(String target, Map<String, String> pairs) {}

    private static final class Table {
        final Set<String> columns = new TreeSet<>();
        final Set<String> primaryKey = new TreeSet<>();
        final Map<String, Set<String>> uniqueKeys = new TreeMap<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
    }

    private Map<String, Table> read() throws Exception {
        Map<String, Table> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.put(rs.getString("TABLE_NAME").toLowerCase(), new Table());
                }
            }
            for (var entry : tables.entrySet()) {
                String name = entry.getKey();
                Table table = entry.getValue();
                try (ResultSet rs = meta.getColumns(null, schema, name, "%")) {
                    while (rs.next()) {
                        table.columns.add(rs.getString("COLUMN_NAME").toLowerCase());
                    }
                }
                try (ResultSet rs = meta.getPrimaryKeys(null, schema, name)) {
                    while (rs.next()) {
                        table.primaryKey.add(rs.getString("COLUMN_NAME").toLowerCase());
                    }
                }
                try (ResultSet rs = meta.getIndexInfo(null, schema, name, true, false)) {
                    while (rs.next()) {
                        String index = rs.getString("INDEX_NAME");
                        String column = rs.getString("COLUMN_NAME");
                        if (index != null && column != null) {
                            table.uniqueKeys
                                    .computeIfAbsent(index.toLowerCase(), k -> new TreeSet<>())
                                    .add(column.toLowerCase());
                        }
                    }
                }
                // The primary key's own index is checked as the primary key.
                table.uniqueKeys.values().removeIf(columns -> columns.equals(table.primaryKey));
                Map<String, ForeignKey> foreign = new LinkedHashMap<>();
                try (ResultSet rs = meta.getImportedKeys(null, schema, name)) {
                    while (rs.next()) {
                        String key = rs.getString("FK_NAME");
                        String target = rs.getString("PKTABLE_NAME").toLowerCase();
                        foreign.computeIfAbsent(key, k -> new ForeignKey(target, new HashMap<>()))
                                .pairs()
                                .put(
                                        rs.getString("FKCOLUMN_NAME").toLowerCase(),
                                        rs.getString("PKCOLUMN_NAME").toLowerCase());
                    }
                }
                table.foreignKeys.addAll(foreign.values());
            }
        }
        return tables;
    }
}
