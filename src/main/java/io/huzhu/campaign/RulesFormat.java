package io.huzhu.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How figures read on a rules page: money from integer cents (never rounded), times in the day zone with the zone
 * named, and durations in words.
 */
final class RulesFormat {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Times a four-digit year prints in any zone. */
    private static final Instant PRINTABLE_FROM = Instant.parse("0001-01-02T00:00:00Z");

    private static final Instant PRINTABLE_TO = Instant.parse("9999-12-30T00:00:00Z");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final boolean chinese;
    private final ZoneId zone;

    private RulesFormat(boolean chinese, ZoneId zone) {
        this.chinese = chinese;
        this.zone = zone;
    }

    static RulesFormat chinese(ZoneId zone) {
        return new RulesFormat(true, zone);
    }

    static RulesFormat english(ZoneId zone) {
        return new RulesFormat(false, zone);
    }

    /** ¥12.34 in Chinese, CNY 12.34 in English. */
    String money(long cents) {
        String amount = (cents / 100) + "." + String.format(Locale.ROOT, "%02d", cents % 100);
        return chinese ? "¥" + amount : "CNY " + amount;
    }

    /** An instant in the day zone, to the minute (to the second when it has seconds), with zone and offset. */
    String time(Instant instant) {
        if (instant.isBefore(PRINTABLE_FROM) || instant.isAfter(PRINTABLE_TO)) {
            return instant + " (UTC)"; // validation keeps such times out; a stored one must still not break the page
        }
        ZonedDateTime local = instant.atZone(zone);
        String clock = local.getSecond() == 0 && local.getNano() == 0
                ? String.format(Locale.ROOT, "%02d:%02d", local.getHour(), local.getMinute())
                : String.format(Locale.ROOT, "%02d:%02d:%02d", local.getHour(), local.getMinute(), local.getSecond());
        String offset = local.getOffset().equals(ZoneOffset.UTC)
                ? "UTC"
                : "UTC" + local.getOffset().getId();
        if (chinese) {
            String label = zone.equals(BEIJING) ? "北京时间" : zone.getId();
            return local.getYear() + "年" + local.getMonthValue() + "月" + local.getDayOfMonth() + "日 " + clock + "（"
                    + label + "，" + offset + "）";
        }
        return EN_DATE.format(local) + ", " + clock + " (" + zone.getId() + ", " + offset + ")";
    }

    /** The day zone in words, as used for the per-day limit. */
    String zoneName() {
        if (chinese) {
            return zone.equals(BEIJING) ? "北京时间（Asia/Shanghai）" : zone.getId() + "时区";
        }
        return zone.equals(BEIJING) ? "Beijing time (Asia/Shanghai)" : zone.getId() + " time";
    }

    /** 24小时 / 7天 / 1小时30分钟; 24 hours / 7 days / 1 hour 30 minutes. */
    String duration(Duration d) {
        long hours = d.toHours();
        // Up to three days read better in hours ("48小时"), beyond that in days ("7天").
        if (hours > 0 && hours < 72 && d.equals(Duration.ofHours(hours))) {
            return unit(hours, "小时", "hour");
        }
        List<String> parts = new ArrayList<>();
        add(parts, d.toDays(), "天", "day");
        add(parts, d.toHoursPart(), "小时", "hour");
        add(parts, d.toMinutesPart(), "分钟", "minute");
        add(parts, d.toSecondsPart(), "秒", "second");
        if (parts.isEmpty()) {
            return chinese ? "0分钟" : "0 minutes";
        }
        return String.join(chinese ? "" : " ", parts);
    }

    private void add(List<String> parts, long amount, String zh, String en) {
        if (amount > 0) {
            parts.add(unit(amount, zh, en));
        }
    }

    private String unit(long amount, String zh, String en) {
        if (chinese) {
            return amount + zh;
        }
        return amount + " " + en + (amount == 1 ? "" : "s");
    }
}
