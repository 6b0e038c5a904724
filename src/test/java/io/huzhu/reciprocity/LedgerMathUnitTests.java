package io.huzhu.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huzhu.reciprocity.LedgerMath.Balance;
import io.huzhu.reciprocity.LedgerMath.Owed;
import io.huzhu.reciprocity.LedgerMath.Posting;
import io.huzhu.shared.UserId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerMathUnitTests {

    private static final UserId A = new UserId(UUID.fromString("00000000-0000-7000-8000-00000000000a"));
    private static final UserId B = new UserId(UUID.fromString("00000000-0000-7000-8000-00000000000b"));
    private static final UserId C = new UserId(UUID.fromString("00000000-0000-7000-8000-00000000000c"));

    @Test
    void anEntryCreditsTheHelperAndDebitsTheHelpedByOne() {
        List<Posting> postings = LedgerMath.postings(B, A);
        assertThat(postings).containsExactly(new Posting(A, 0, 1), new Posting(B, 1, 0));
        assertThat(postings.stream().mapToInt(Posting::balance).sum()).isZero();
    }

    @Test
    void postingsAreOrderedByUserSoThatConcurrentBookingsLockRowsInTheSameOrder() {
        assertThat(LedgerMath.postings(A, B).stream().map(Posting::user)).containsExactly(A, B);
        assertThat(LedgerMath.postings(B, A).stream().map(Posting::user)).containsExactly(A, B);
    }

    @Test
    void nobodyHelpsThemselves() {
        assertThatThrownBy(() -> LedgerMath.postings(A, A)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anySequenceOfEntriesKeepsTheGroupBalanced() {
        List<UserId> members = List.of(A, B, C);
        Map<UserId, int[]> totals = new HashMap<>();
        Random random = new Random(42);
        for (int i = 0; i < 1_000; i++) {
            UserId helper = members.get(random.nextInt(3));
            UserId helped = members.get((members.indexOf(helper) + 1 + random.nextInt(2)) % 3);
            for (Posting p : LedgerMath.postings(helper, helped)) {
                int[] t = totals.computeIfAbsent(p.user(), u -> new int[3]);
                t[0] += p.given();
                t[1] += p.received();
                t[2] += p.balance();
            }
        }
        List<Balance> balances = new ArrayList<>();
        totals.forEach((user, t) -> balances.add(new Balance(user, t[0], t[1], t[2])));
        assertThat(LedgerMath.balanced(balances)).isTrue();
        assertThat(balances).allMatch(b -> b.balance() == b.given() - b.received());
    }

    @Test
    void detectsAnUnbalancedGroup() {
        assertThat(LedgerMath.balanced(List.of(new Balance(A, 1, 0, 1), new Balance(B, 0, 0, 0))))
                .isFalse();
    }

    @Test
    void owedListsOnlyHelpersWithAPositiveNetLargestFirst() {
        Map<UserId, Integer> helpedMe = Map.of(A, 3, B, 1, C, 2);
        Map<UserId, Integer> helpedThem = Map.of(A, 1, B, 1, C, 5);
        assertThat(LedgerMath.owed(helpedMe, helpedThem)).containsExactly(new Owed(A, 3, 1, 2));
        assertThat(LedgerMath.owed(Map.of(A, 1, B, 4), Map.of()))
                .containsExactly(new Owed(B, 4, 0, 4), new Owed(A, 1, 0, 1));
    }

    @Test
    void groupLedgerOrderIsBalanceThenHelpGiven() {
        List<Balance> balances =
                new ArrayList<>(List.of(new Balance(A, 1, 1, 0), new Balance(B, 3, 0, 3), new Balance(C, 4, 4, 0)));
        balances.sort(LedgerMath.ORDER);
        assertThat(balances).extracting(Balance::userId).containsExactly(B, C, A);
    }
}
