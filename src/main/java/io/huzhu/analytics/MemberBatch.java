package io.huzhu.analytics;

import io.huzhu.analytics.MemberRows.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What one fold batch knows of its remembered members (their rows, absent ones too, and their active days from
 * {@code from} to {@code to}) and what it has yet to write ({@link MemberRows#flush}).
 */
final class MemberBatch {

    record Key(String kind, UUID scope, UUID user) {}

    record Day(Key key, LocalDate day) {}

    final Map<Key, Optional<Member>> known = new HashMap<>();
    final Map<Key, TreeSet<LocalDate>> days = new HashMap<>();
    final Map<Key, Member> inserts = new LinkedHashMap<>();
    final Map<Key, Member> updates = new LinkedHashMap<>();
    final List<Day> newDays = new ArrayList<>();
    private final LocalDate from;
    private final LocalDate to;

    MemberBatch(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    /** Whether every active day of {@code key} from {@code a} to {@code b} is known. */
    boolean covers(Key key, LocalDate a, LocalDate b) {
        return days.containsKey(key) && !a.isBefore(from) && !b.isAfter(to);
    }
}
