package io.huzhu.analytics;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the analytics tables of a PostgreSQL schema ({@code bench_analytics} in the {@code test} database, kept
 * between runs) to the size 100,000 members and 1,000,000 assists over 90 days give them, with generate_series:
 * the aggregates the dashboards read and the state and fact keys the roll-up keeps beside them. Only their sizes and
 * key distributions matter to the queries; the numbers are arbitrary.
 */
final class AnalyticsBenchData {

    static final String SCHEMA = "bench_analytics";
    static final String URL =
            System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/test") + "?currentSchema=" + SCHEMA;
    static final int MEMBERS = 100_000;
    static final int GROUPS = 1_000;
    static final int CAMPAIGNS = 200;
    static final int DAYS = 90;
    private static final String NIL = "'00000000-0000-0000-0000-000000000000'";
    private final JdbcTemplate jdbc;

    AnalyticsBenchData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static UUID campaign(int i) {
        return UUID.nameUUIDFromBytes(("c" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static UUID group(int i) {
        return UUID.nameUUIDFromBytes(("g" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    void fillIfEmpty() {
        Integer n = jdbc.queryForObject("select count(*) from analytics_activity", Integer.class);
        if (n != null && n > 0) {
            return;
        }
        long start = System.nanoTime();
        // UUID.nameUUIDFromBytes in SQL: the MD5 with version 3 and the IETF variant, so Java names the same ids.
        jdbc.execute("create or replace function bench_uuid(t text) returns uuid language sql immutable as $$"
                + " select (substr(m, 1, 12) || '3' || substr(m, 14, 3)"
                + " || substr('89ab', (('x' || substr(m, 17, 1))::bit(4)::int & 3) + 1, 1) || substr(m, 18, 15))::uuid"
                + " from (select md5(t) as m) s $$");
        String days = "generate_series(0, " + (DAYS - 1) + ") i";
        String groups = "generate_series(1, " + GROUPS + ") g";
        String campaigns = "generate_series(1, " + CAMPAIGNS + ") c";
        jdbc.execute("insert into analytics_activity select 'P', " + NIL + ", current_date - i, 9000 + i % 7 * 300,"
                + " 1100, 300 - i % 5, 90 - i % 3 from " + days);
        jdbc.execute("insert into analytics_activity select 'G', bench_uuid('g' || g), current_date - i, 40 + g % 30,"
                + " 3, 2, 1 from " + groups + ", " + days);
        jdbc.execute("insert into analytics_member select 'P', " + NIL + ", bench_uuid('u' || u), now() - (u % 90) *"
                + " interval '1 day', current_date - u % 90, (array['share', 'invite', 'direct'])[1 + u % 3], true,"
                + " null, null, null from generate_series(1, " + MEMBERS + ") u");
        jdbc.execute("insert into analytics_active_day select 'P', " + NIL + ", bench_uuid('u' || u),"
                + " current_date - (u * 7 + k * 13) % 90 from generate_series(1, " + MEMBERS + ") u,"
                + " generate_series(1, 12) k on conflict do nothing");
        jdbc.execute(
                "insert into analytics_retention select s.kind, s.id, date_trunc('week', current_date)::date - w * 7,"
                        + " ch, o, 100 + o from (select 'P' as kind, " + NIL + "::uuid as id union all select 'G',"
                        + " bench_uuid('g' || g) from " + groups + ") s, generate_series(0, 12) w,"
                        + " unnest(array['share', 'invite', 'direct']) ch, generate_series(0, 8) o");
        jdbc.execute("insert into analytics_funnel select x.id, current_date - i, 500, 450, 300, 200, 40, 150, 3000,"
                + " 60, 5, 1800, 400000 from (select " + NIL
                + "::uuid as id union all select bench_uuid('c' || c) from "
                + campaigns + ") x, " + days);
        jdbc.execute("insert into analytics_task (task_id, campaign_id, initiator_id, started_at, first_assist_at)"
                + " select bench_uuid('t' || t), bench_uuid('c' || (1 + t % " + CAMPAIGNS
                + ")), bench_uuid('u' || (1 + t"
                + " % " + MEMBERS + ")), now() - (t % 90) * interval '1 day', now() - (t % 90) * interval '1 day'"
                + " + interval '5 minutes' from generate_series(1, 150000) t");
        jdbc.execute("insert into analytics_duration select 'C', bench_uuid('c' || c), m, current_date - i, 40 + b, 3"
                + " from " + campaigns + ", unnest(array['first_assist', 'to_success', 'to_claim', 'cycle']) m, "
                + days + ", generate_series(0, 29) b");
        jdbc.execute("insert into analytics_duration select 'C', " + NIL + ", m, current_date - i, 40 + b, 300 from"
                + " unnest(array['first_assist', 'to_success', 'to_claim', 'to_settle']) m, " + days
                + ", generate_series(0, 59) b");
        jdbc.execute("insert into analytics_duration select 'G', bench_uuid('g' || g), m, current_date - i, 60 + b, 2"
                + " from " + groups + ", unnest(array['first_help', 'to_action', 'cycle']) m, " + days
                + ", generate_series(0, 9) b");
        jdbc.execute("insert into analytics_group_day select bench_uuid('g' || g), current_date - i, 3, 1, 120, 20, 14,"
                + " 120, 4, 1, 2, 1, 2 from " + groups + ", " + days);
        jdbc.execute("insert into analytics_viral select k, id, current_date - i, 12, 30, 9 from (select 'C' as k,"
                + " bench_uuid('c' || c) as id from " + campaigns + " union all select 'G', bench_uuid('g' || g) from "
                + groups + ") x, " + days);
        jdbc.execute("insert into analytics_fact (fact_key, kind, at, user_id, received_at, processed_at) select"
                + " 'assist:' || bench_uuid('a' || a), 'ASSIST', now(), bench_uuid('u' || (1 + a % " + MEMBERS + ")),"
                + " now(), now() from generate_series(1, 1100000) a");
        jdbc.execute("analyze");
        System.out.printf("filled the analytics tables in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }
}
