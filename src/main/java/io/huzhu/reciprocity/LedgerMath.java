package io.huzhu.reciprocity;

import io.huzhu.shared.UserId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The arithmetic of the double-entry ledger, kept pure so that it is tested without a database. */
final class LedgerMath {

    private LedgerMath() {}

    /** The order of a group's ledger: highest balance first, then most help given, then by id (stable). */
    static final Comparator<Balance> ORDER = Comparator.comparingInt(Balance::balance)
            .reversed()
            .thenComparing(Comparator.comparingInt(Balance::given).reversed())
            .thenComparing(b -> b.userId().value());

    /** One change to a member's running totals. */
    record Posting(UserId user, int given, int received) {

        int balance() {
            return given - received;
        }
    }

    /** A member's totals in one group. */
    record Balance(UserId userId, int given, int received, int balance) {}

    /** A member who helped the viewer more often than the viewer helped them back. */
    record Owed(UserId userId, int helpedMe, int helpedThem, int net) {}

    /**
     * The two postings of one entry: the helper's credit and the helped member's debit. Ordered by user id so that
     * every transaction updates balance rows in the same order, and two bookings cannot deadlock.
     */
    static List<Posting> postings(UserId helper, UserId helped) {
        return postings(helper, helped, 1);
    }

    /** As {@link #postings(UserId, UserId)}, or the reverse of it for {@code sign} -1 (a voided assist). */
    static List<Posting> postings(UserId helper, UserId helped, int sign) {
        if (helper.equals(helped)) {
            throw new IllegalArgumentException("a member cannot help themselves: " + helper);
        }
        List<Posting> postings = new ArrayList<>(List.of(new Posting(helper, sign, 0), new Posting(helped, 0, sign)));
        postings.sort(Comparator.comparing(p -> p.user().value()));
        return postings;
    }

    /** Whether the balances of one group sum to zero, as every entry moves exactly one credit. */
    static boolean balanced(Collection<Balance> balances) {
        long given = 0;
        long received = 0;
        long balance = 0;
        for (Balance b : balances) {
            given += b.given();
            received += b.received();
            balance += b.balance();
        }
        return given == received && balance == 0;
    }

    /**
     * Helpers with a positive net toward the viewer, the largest debt first.
     *
     * @param helpedMe per member, how often they helped the viewer
     * @param helpedThem per member, how often the viewer helped them
     */
    static List<Owed> owed(Map<UserId, Integer> helpedMe, Map<UserId, Integer> helpedThem) {
        Set<UserId> members = new HashSet<>(helpedMe.keySet());
        List<Owed> owed = new ArrayList<>();
        for (UserId member : members) {
            int in = helpedMe.getOrDefault(member, 0);
            int out = helpedThem.getOrDefault(member, 0);
            if (in > out) {
                owed.add(new Owed(member, in, out, in - out));
            }
        }
        owed.sort(Comparator.comparingInt(Owed::net)
                .reversed()
                .thenComparing(o -> o.userId().value()));
        return owed;
    }
}
