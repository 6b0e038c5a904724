package io.huzhu.task;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A task's cut schedule: the exact cut of every assist, fixed when the task starts and derived only from a secret
 * seed, the task id and the published terms, so that anyone can recompute it once the seed is revealed. The
 * algorithm is specified in {@code docs/cut-schedule.md}; this class is its reference implementation.
 *
 * <p>Invariants: every cut is at least the minimum cut; the cuts add up to exactly the amount to cut; there are
 * between {@code minAssists} and {@code maxAssists} cuts.
 */
public final class CutSchedule {

    static final String DRAW_DOMAIN = "huzhu/cut-schedule/v1|";
    static final String COMMITMENT_DOMAIN = "huzhu/commitment/v1|";
    static final int WEIGHT_SPREAD = 1000;
    public static final int SEED_BYTES = 32;
    private final long[] cuts;

    private CutSchedule(long[] cuts) {
        this.cuts = cuts;
    }

    /**
     * Derives the schedule.
     *
     * @param seed the task's secret seed (32 bytes)
     * @param taskId the task id in its canonical lower-case UUID form
     * @param amount what the cuts must add up to (cents, or assists for an assist-count campaign)
     * @param minAssists fewest cuts
     * @param maxAssists most cuts
     * @param minCut smallest cut
     */
    public static CutSchedule derive(
            byte[] seed, String taskId, long amount, int minAssists, int maxAssists, long minCut) {
        if (seed.length != SEED_BYTES) {
            throw new IllegalArgumentException("the seed must be " + SEED_BYTES + " bytes");
        }
        if (minCut < 1
                || minAssists < 1
                || maxAssists < minAssists
                || minCut > amount / maxAssists) { // maxAssists * minCut > amount, without overflow
            throw new IllegalArgumentException("impossible schedule: amount=" + amount + " assists=" + minAssists + ".."
                    + maxAssists + " minCut=" + minCut);
        }
        Draws draws = new Draws(seed, taskId);
        int count = minAssists == maxAssists
                ? minAssists
                : minAssists + (int) Long.remainderUnsigned(draws.next(), maxAssists - minAssists + 1L);
        long extra = amount - count * minCut;
        long[] weights = new long[count];
        long total = 0;
        for (int i = 0; i < count; i++) {
            // Earlier assists tend to cut more (weight falls linearly), randomised by a factor of 1..1000.
            weights[i] = (1 + Long.remainderUnsigned(draws.next(), WEIGHT_SPREAD)) * (count - i);
            total += weights[i];
        }
        long[] cuts = new long[count];
        long[] remainders = new long[count];
        long allocated = 0;
        for (int i = 0; i < count; i++) {
            long quotient;
            long share = extra * weights[i];
            if (Math.multiplyHigh(extra, weights[i]) == 0 && share >= 0) {
                quotient = share / total;
                remainders[i] = share % total;
            } else {
                // extra * weight exceeds 63 bits (huge amounts): the same division, exactly.
                BigInteger[] division = BigInteger.valueOf(extra)
                        .multiply(BigInteger.valueOf(weights[i]))
                        .divideAndRemainder(BigInteger.valueOf(total));
                quotient = division[0].longValueExact();
                remainders[i] = division[1].longValueExact();
            }
            cuts[i] = minCut + quotient;
            allocated += quotient;
        }
        distributeRemainder(cuts, remainders, extra - allocated);
        return new CutSchedule(cuts);
    }

    /** Largest remainders first, ties to the earlier assist: one cent each until the sum is exact. */
    private static void distributeRemainder(long[] cuts, long[] remainders, long left) {
        Integer[] order = new Integer[cuts.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(
                order,
                (a, b) -> remainders[a] != remainders[b]
                        ? Long.compare(remainders[b], remainders[a])
                        : Integer.compare(a, b));
        for (int k = 0; k < left; k++) {
            cuts[order[k]]++;
        }
    }

    /** SHA-256 over the domain, the task id and the hex seed: published at start, checked against the reveal. */
    public static String commitment(String taskId, String seedHex) {
        return HexFormat.of()
                .formatHex(sha256((COMMITMENT_DOMAIN + taskId + "|" + seedHex).getBytes(StandardCharsets.UTF_8)));
    }

    public int size() {
        return cuts.length;
    }

    public long cut(int index) {
        return cuts[index];
    }

    public long total() {
        return Arrays.stream(cuts).sum();
    }

    public long[] toArray() {
        return cuts.clone();
    }

    /** Unsigned LEB128 varints, one per cut: compact storage (a 100,000-cut schedule takes about 200 KB). */
    public byte[] encode() {
        var out = new ByteArrayOutputStream(cuts.length * 2);
        for (long cut : cuts) {
            long v = cut;
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
        return out.toByteArray();
    }

    public static CutSchedule decode(byte[] bytes) {
        long[] buffer = new long[Math.max(1, bytes.length)];
        int n = 0;
        long value = 0;
        int shift = 0;
        for (byte b : bytes) {
            if (shift > 63) {
                throw new IllegalArgumentException("corrupt schedule: a varint longer than 10 bytes");
            }
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                buffer[n++] = value;
                value = 0;
                shift = 0;
            } else {
                shift += 7;
            }
        }
        if (shift != 0 || n == 0) {
            throw new IllegalArgumentException("corrupt schedule: empty or cut off");
        }
        return new CutSchedule(Arrays.copyOf(buffer, n));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CutSchedule schedule && Arrays.equals(cuts, schedule.cuts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cuts);
    }

    @Override
    public String toString() {
        return "CutSchedule" + Arrays.toString(cuts.length > 20 ? Arrays.copyOf(cuts, 20) : cuts);
    }

    static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Draw j is the first 8 bytes (big-endian, unsigned) of SHA-256(seed ‖ domain ‖ taskId ‖ "|" ‖ j as int64). */
    private static final class Draws {
        private final byte[] prefix;
        private long counter;

        Draws(byte[] seed, String taskId) {
            byte[] label = (DRAW_DOMAIN + Objects.requireNonNull(taskId) + "|").getBytes(StandardCharsets.UTF_8);
            prefix = new byte[seed.length + label.length];
            System.arraycopy(seed, 0, prefix, 0, seed.length);
            System.arraycopy(label, 0, prefix, seed.length, label.length);
        }

        long next() {
            byte[] input = ByteBuffer.allocate(prefix.length + 8)
                    .put(prefix)
                    .putLong(counter++)
                    .array();
            return ByteBuffer.wrap(sha256(input)).getLong();
        }
    }
}
