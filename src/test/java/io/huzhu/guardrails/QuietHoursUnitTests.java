package io.huzhu.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursUnitTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant at(String time) {
        return LocalDate.of(2026, 6, 1)
                .atTime(LocalTime.parse(time))
                .atZone(SHANGHAI)
                .toInstant();
    }

    private static MemberPreferences.Prefs prefs(String start, String end, boolean enabled, Instant breakUntil) {
        return new MemberPreferences.Prefs(SHANGHAI, enabled, LocalTime.parse(start), LocalTime.parse(end), breakUntil);
    }

    @Test
    void theShippedDefaultIsTenAtNightToSevenInTheMorningInShanghai() {
        GuardrailsProperties defaults = org.springframework.boot.context.properties.bind.Binder.get(
                        new org.springframework.core.env.StandardEnvironment())
                .bindOrCreate("huzhu.guardrails", GuardrailsProperties.class);
        assertThat(defaults.zone()).isEqualTo(SHANGHAI);
        assertThat(defaults.coolingOffDelay()).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(defaults.raiseDelay()).isEqualTo(java.time.Duration.ofHours(24));
        assertThat(defaults.defaults().coolingOffThresholdCents()).isEqualTo(30_000);
        MemberPreferences.Prefs member = new MemberPreferences(null, defaults)
                .of(MemberStore.Row.empty(new io.huzhu.shared.UserId(java.util.UUID.randomUUID())));
        assertThat(member.quiet(at("21:59"))).isFalse();
        assertThat(member.quiet(at("22:00"))).isTrue();
        assertThat(member.quiet(at("06:59"))).isTrue();
        assertThat(member.quiet(at("07:00"))).isFalse();
    }

    @Test
    void aWindowPastMidnightCoversTheEveningAndTheMorning() {
        MemberPreferences.Prefs night = prefs("22:00", "07:00", true, null);
        assertThat(night.quiet(at("21:59"))).isFalse();
        assertThat(night.quiet(at("22:00"))).isTrue();
        assertThat(night.quiet(at("00:00"))).isTrue();
        assertThat(night.quiet(at("06:59:59"))).isTrue();
        assertThat(night.quiet(at("07:00"))).isFalse();
    }

    @Test
    void aDaytimeWindowAndATurnedOffOne() {
        MemberPreferences.Prefs lunch = prefs("12:00", "13:30", true, null);
        assertThat(lunch.quiet(at("11:59"))).isFalse();
        assertThat(lunch.quiet(at("12:45"))).isTrue();
        assertThat(lunch.quiet(at("13:30"))).isFalse();
        assertThat(prefs("12:00", "13:30", false, null).quiet(at("12:45"))).isFalse();
    }

    @Test
    void aBreakLastsUntilItsEndExactly() {
        Instant end = at("10:00");
        MemberPreferences.Prefs resting = prefs("22:00", "07:00", true, end);
        assertThat(resting.onBreak(end.minusMillis(1))).isTrue();
        assertThat(resting.onBreak(end)).isFalse();
    }

    @Test
    void monthsAndDaysAreCountedInTheMembersZone() {
        Periods november = Periods.month(YearMonth.of(2026, 11), SHANGHAI);
        assertThat(november.start()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(november.end()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(Periods.monthOf(Instant.parse("2026-11-30T16:30:00Z"), SHANGHAI)
                        .start())
                .as("already December in Shanghai")
                .isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(Periods.dayOf(Instant.parse("2026-11-30T15:59:59Z"), SHANGHAI)
                        .end())
                .isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
    }

    @Test
    void yuanAreExactAndGrouped() {
        assertThat(Refusals.yuan(30_000)).isEqualTo("¥300.00");
        assertThat(Refusals.yuan(123_456_789)).isEqualTo("¥1,234,567.89");
        assertThat(Refusals.yuan(5)).isEqualTo("¥0.05");
    }
}
