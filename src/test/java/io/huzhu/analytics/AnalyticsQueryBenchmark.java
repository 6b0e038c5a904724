package io.huzhu.analytics;

import com.zaxxer.hikari.HikariDataSource;
import io.huzhu.support.JmhMain;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every dashboard query (each chart's table, as the API builds it) on PostgreSQL, over aggregate tables filled to the
 * size a platform with 100,000 members and 1,000,000 assists over 90 days gives them ({@link AnalyticsBenchData}):
 * 1.2 million member-days, 150,000 tasks, 1,000 groups, 200 campaigns, about 5 million histogram rows and 1.1 million
 * fact keys. Each query reads the default 60-day range. Run: see docs/benchmarks.md, section "Analytics".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class AnalyticsQueryBenchmark {

    private static final UUID NIL = Calendar.PLATFORM_ID;
    private HikariDataSource dataSource;
    private Charts charts;
    private FunnelCharts funnels;
    private GroupCharts groups;
    private LocalDate from;
    private LocalDate to;
    private UUID campaign;
    private UUID group;

    @Setup
    public void setUp() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(AnalyticsBenchData.URL);
        dataSource.setUsername(System.getProperty("bench.user", "postgres"));
        dataSource.setMaximumPoolSize(2);
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(AnalyticsBenchData.SCHEMA)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .load()
                .migrate();
        new AnalyticsBenchData(new JdbcTemplate(dataSource)).fillIfEmpty();
        var properties = new AnalyticsProperties(
                ZoneId.of("Asia/Shanghai"), Duration.ofSeconds(5), Duration.ofSeconds(2), 5000, Duration.ofDays(30), 5);
        Reads reads = new Reads(JdbcClient.create(dataSource));
        SmallNumbers small = new SmallNumbers(properties);
        charts = new Charts(reads, small);
        funnels = new FunnelCharts(reads, small);
        groups = new GroupCharts(reads, charts, funnels, small);
        to = LocalDate.now(properties.zone());
        from = to.minusDays(59);
        campaign = AnalyticsBenchData.campaign(17);
        group = AnalyticsBenchData.group(423);
    }

    @TearDown
    public void tearDown() {
        dataSource.close();
    }

    @Benchmark
    public Table platformActive() {
        return charts.active("a", Calendar.PLATFORM, NIL, from, to);
    }

    @Benchmark
    public Table platformRetention() {
        return charts.retention("r", Calendar.PLATFORM, NIL, from, to);
    }

    @Benchmark
    public Table platformFunnel() {
        return funnels.funnel("f", null, from, to);
    }

    @Benchmark
    public Table platformDaily() {
        return funnels.daily("d", null, from, to);
    }

    @Benchmark
    public Table platformSummary() {
        return funnels.summary("s", null, from, to);
    }

    @Benchmark
    public Table campaignFunnel() {
        return funnels.funnel("f", campaign, from, to);
    }

    @Benchmark
    public Table campaignDaily() {
        return funnels.daily("d", campaign, from, to);
    }

    @Benchmark
    public Table campaignSummary() {
        return funnels.summary("s", campaign, from, to);
    }

    @Benchmark
    public Table groupActivity() {
        return groups.activity("a", group, from, to);
    }

    @Benchmark
    public Table groupRetention() {
        return charts.retention("r", Calendar.GROUP, group, from, to);
    }

    @Benchmark
    public Table groupHelp() {
        return groups.help("h", group, from, to);
    }

    @Benchmark
    public Table groupSafety() {
        return groups.safety("s", group, from, to);
    }

    @Benchmark
    public Table groupViral() {
        return groups.viral("v", group, from, to);
    }

    public static void main(String[] args) throws Exception {
        JmhMain.run(AnalyticsQueryBenchmark.class, args);
    }
}
