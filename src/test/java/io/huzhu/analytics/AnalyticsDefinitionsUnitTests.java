package io.huzhu.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The definitions that need no database: medians from histograms, small numbers, CSV, days and weeks. */
class AnalyticsDefinitionsUnitTests {

    private static final AnalyticsProperties DEFAULTS = new AnalyticsProperties(
            ZoneId.of("Asia/Shanghai"), Duration.ofSeconds(5), Duration.ofSeconds(2), 5000, Duration.ofDays(30), 5);

    @Test
    void aHistogramMedianIsWithinFourAndAHalfPercentAndASecondOfTheLowerMedian() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int run = 0; run < 500; run++) {
            int n = 1 + random.nextInt(200);
            List<Long> all = new ArrayList<>();
            Map<Integer, Long> histogram = new HashMap<>();
            for (int i = 0; i < n; i++) {
                long s = (long) Math.exp(random.nextDouble() * Math.log(30L * 86_400));
                all.add(s);
                histogram.merge(Durations.bucket(Duration.ofSeconds(s)), 1L, Long::sum);
            }
            all.sort(null);
            long lower = all.get((n + 1) / 2 - 1);
            long median = Durations.median(histogram);
            assertThat((double) Math.abs(median - lower))
                    .as("seed %d, run %d: median %d of lower median %d", seed, run, median, lower)
                    .isLessThanOrEqualTo(lower * 0.045 + 1);
        }
    }

    @Test
    void anEmptyHistogramHasNoMedianAndBucketsAreMonotonic() {
        assertThat(Durations.median(Map.of())).isNull();
        int previous = -1;
        for (long s = 0; s < 100_000; s += 7) {
            int b = Durations.bucket(Duration.ofSeconds(s));
            assertThat(b).isGreaterThanOrEqualTo(previous);
            previous = b;
        }
        assertThat(Durations.bucket(Duration.ofSeconds(-5))).isZero();
    }

    @Test
    void memberCountsUnderFiveAreHiddenAndSoAreRatiosBuiltOnThem() {
        SmallNumbers small = new SmallNumbers(DEFAULTS);
        assertThat(small.members(0)).isEqualTo(0L);
        assertThat(small.members(1)).isEqualTo("< 5");
        assertThat(small.members(4)).isEqualTo("< 5");
        assertThat(small.members(5)).isEqualTo(5L);
        assertThat(small.share(3, 100)).isNull();
        assertThat(small.share(10, 4)).isNull();
        assertThat(small.share(10, 0)).isNull();
        assertThat(small.share(0, 20)).isEqualTo(0.0);
        assertThat(small.share(5, 20)).isEqualTo(0.25);
    }

    @Test
    void theCsvIsTheTableWithQuotedTextAndEmptyNulls() {
        Table table = new Table(
                "t",
                List.of("day", "n", "share"),
                List.of(Arrays.asList("2026-01-31", "< 5", null), Arrays.asList("a,b", 7L, 0.5)));
        assertThat(table.csv()).isEqualTo("day,n,share\r\n2026-01-31,< 5,\r\n\"a,b\",7,0.5\r\n");
        Table formula = new Table("t", List.of("x"), List.of(Arrays.asList("=1+1")));
        assertThat(formula.csv()).isEqualTo("x\r\n\"=1+1\"\r\n");
    }

    @Test
    void daysAreCountedInTheConfiguredZoneAndWeeksStartOnMonday() {
        Calendar cal = new Calendar(ZoneId.of("Asia/Shanghai"));
        // 2026-01-31 16:30 UTC is already 1 February in Shanghai: the month's end falls where the zone says.
        assertThat(cal.day(java.time.Instant.parse("2026-01-31T16:30:00Z"))).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(cal.day(java.time.Instant.parse("2026-01-31T15:59:59Z"))).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(Calendar.week(LocalDate.of(2026, 2, 1))).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(Calendar.week(LocalDate.of(2026, 1, 26))).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(Calendar.weeksBetween(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 2, 23)))
                .isEqualTo(8);
    }
}
