package io.huzhu.reciprocity;

import io.huzhu.identity.Accounts;
import io.huzhu.reciprocity.LedgerMath.Balance;
import io.huzhu.reciprocity.LedgerMath.Owed;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ledger as members see it: everyone's totals, and one's own history and open debts of gratitude. */
@Service
class LedgerViews {

    record MemberBalance(UserId userId, String displayName, int given, int received, int balance) {}

    record Entry(
            UUID entryId,
            String direction,
            UserId counterpartId,
            String counterpartName,
            LedgerSource source,
            UUID messageId,
            Instant at) {}

    record History(List<Entry> items, @Nullable String nextCursor) {}

    record Debt(UserId userId, String displayName, int helpedMe, int helpedThem, int net) {}

    record Mine(int given, int received, int balance, History history, List<Debt> notHelpedBack) {}

    private final LedgerRepository ledger;
    private final GroupAccess access;
    private final Accounts accounts;

    LedgerViews(LedgerRepository ledger, GroupAccess access, Accounts accounts) {
        this.ledger = ledger;
        this.access = access;
        this.accounts = accounts;
    }

    /** Every member's totals (members without entries at zero), the most helpful first. */
    @Transactional(readOnly = true)
    public List<MemberBalance> group(GroupId group, UserId viewer) {
        access.member(group, viewer);
        List<Balance> balances = new ArrayList<>(ledger.balances(group));
        Set<UserId> seen = new HashSet<>();
        balances.forEach(b -> seen.add(b.userId()));
        for (UserId member : access.memberIds(group)) {
            if (seen.add(member)) {
                balances.add(new Balance(member, 0, 0, 0));
            }
        }
        balances.sort(LedgerMath.ORDER);
        Map<UserId, String> names = accounts.displayNames(seen);
        return balances.stream()
                .map(b -> new MemberBalance(
                        b.userId(), names.getOrDefault(b.userId(), "?"), b.given(), b.received(), b.balance()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Mine mine(GroupId group, UserId viewer, @Nullable UUID cursor, int limit) {
        access.member(group, viewer);
        Balance balance = ledger.balance(group, viewer);
        List<LedgerRepository.HistoryRow> rows = ledger.history(group, viewer, cursor, limit);
        List<Owed> owed = LedgerMath.owed(ledger.helpersOf(group, viewer), ledger.helpedBy(group, viewer));
        Set<UserId> people = new HashSet<>();
        rows.forEach(r -> people.add(r.counterpartId()));
        owed.forEach(o -> people.add(o.userId()));
        Map<UserId, String> names = accounts.displayNames(people);
        List<Entry> entries = rows.stream()
                .map(r -> new Entry(
                        r.entryId(),
                        r.gave() ? "GAVE" : "RECEIVED",
                        r.counterpartId(),
                        names.getOrDefault(r.counterpartId(), "?"),
                        r.source(),
                        r.messageId(),
                        r.at()))
                .toList();
        String next = rows.size() == limit ? rows.getLast().entryId().toString() : null;
        List<Debt> debts = owed.stream()
                .map(o -> new Debt(
                        o.userId(), names.getOrDefault(o.userId(), "?"), o.helpedMe(), o.helpedThem(), o.net()))
                .toList();
        return new Mine(balance.given(), balance.received(), balance.balance(), new History(entries, next), debts);
    }
}
