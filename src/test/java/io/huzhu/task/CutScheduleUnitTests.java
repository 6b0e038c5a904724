package io.huzhu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Property-style tests of {@link CutSchedule} over thousands of random terms, plus golden vectors computed
 * independently by {@code docs/verify-schedule.py} from the specification in {@code docs/cut-schedule.md}.
 *
 * <p>The random cases come from one base seed: {@code -Dhuzhu.test.seed=<long>} replays a run; every assertion
 * message names the base seed, the case and its inputs.
 */
class CutScheduleUnitTests {

    private static final long DEFAULT_BASE_SEED = 0x6875_7a68_7531L; // "huzhu1"
    private static final long BASE_SEED = baseSeed();
    private static final int CASES = 5_000;
    private static final long MAX_AMOUNT = 1_000_000_000L;
    private static final int MAX_ASSISTS = 100_000;
    private static final HexFormat HEX = HexFormat.of();

    // Golden vector: seed bytes 0..31 and a fixed task id. Expected cuts computed by docs/verify-schedule.py.
    private static final byte[] GOLDEN_SEED = goldenSeed();
    private static final String GOLDEN_TASK_ID = "0191f3a0-0000-7000-8000-000000000001";

    private static long baseSeed() {
        String property = System.getProperty("huzhu.test.seed");
        return property == null || property.isBlank() ? DEFAULT_BASE_SEED : Long.decode(property.trim());
    }

    private static byte[] goldenSeed() {
        byte[] seed = new byte[32];
        for (int i = 0; i < seed.length; i++) {
            seed[i] = (byte) i;
        }
        return seed;
    }

    /** One set of inputs; {@code toString} is enough to rebuild the case without the generator. */
    record Terms(byte[] seed, String taskId, long amount, int minAssists, int maxAssists, long minCut) {

        CutSchedule derive() {
            return CutSchedule.derive(seed, taskId, amount, minAssists, maxAssists, minCut);
        }

        Terms withSeed(byte[] other) {
            return new Terms(other, taskId, amount, minAssists, maxAssists, minCut);
        }

        Terms withTaskId(String other) {
            return new Terms(seed, other, amount, minAssists, maxAssists, minCut);
        }

        /** Whether the seed can matter much: several possible counts, or several cuts and some extra to share. */
        boolean nonTrivial() {
            long leastExtra = amount - (long) maxAssists * minCut;
            return leastExtra >= 100 && (maxAssists > minAssists || minAssists >= 2);
        }

        @Override
        public String toString() {
            return "derive(seed=" + HEX.formatHex(seed) + ", taskId=" + taskId + ", amount=" + amount + ", assists="
                    + minAssists + ".." + maxAssists + ", minCut=" + minCut + ")";
        }
    }

    private static String replay(int caseIndex, Terms terms) {
        return "replay with -Dhuzhu.test.seed=" + BASE_SEED + " (case " + caseIndex + "): " + terms;
    }

    /** Derives valid terms; an unexpected exception fails with the replay message. */
    private static CutSchedule derive(Terms terms, String replay) {
        try {
            return terms.derive();
        } catch (RuntimeException e) {
            throw new AssertionError("valid terms threw " + e + "; " + replay, e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Generators

    private static byte[] randomSeed(Random random) {
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        return seed;
    }

    private static String randomTaskId(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** Log-uniform in [1, max]: small values are as likely as large ones. */
    private static long logUniform(Random random, long max) {
        double exponent = random.nextDouble() * Math.log((double) max + 1);
        return Math.max(1, Math.min(max, (long) Math.exp(exponent)));
    }

    /**
     * Assist counts: mostly small, sometimes thousands, rarely up to the 100,000 cap (each derivation costs one
     * SHA-256 per assist, so the rare huge counts dominate the run time).
     */
    private static int randomMaxAssists(Random random) {
        int bucket = random.nextInt(1000);
        if (bucket < 150) {
            return 1;
        }
        if (bucket < 600) {
            return 2 + random.nextInt(19);
        }
        if (bucket < 880) {
            return 21 + random.nextInt(480);
        }
        if (bucket < 990) {
            return 501 + random.nextInt(2_500);
        }
        if (bucket < 998) {
            return 3_001 + random.nextInt(MAX_ASSISTS - 3_000);
        }
        return MAX_ASSISTS;
    }

    /** Valid terms, biased towards the edges. */
    static Terms randomTerms(Random random) {
        int maxAssists = randomMaxAssists(random);
        long maxMinCut = MAX_AMOUNT / maxAssists;
        long minCut = switch (random.nextInt(4)) {
            case 0 -> 1;
            case 1 -> Math.min(maxMinCut, 1 + random.nextInt(100));
            case 2 -> maxMinCut; // amount must then be exactly maxAssists * minCut
            default -> logUniform(random, maxMinCut);
        };
        long least = maxAssists * minCut;
        long room = MAX_AMOUNT - least;
        long amount = switch (random.nextInt(6)) {
            case 0 -> least; // nothing to share: every cut is minCut
            case 1 -> least + Math.min(room, random.nextInt(maxAssists + 1)); // tiny extra
            case 2 -> MAX_AMOUNT - random.nextInt((int) Math.min(room, 1000) + 1); // huge amount
            default -> least + (room == 0 ? 0 : logUniform(random, room));
        };
        int minAssists = switch (random.nextInt(4)) {
            case 0 -> maxAssists;
            case 1 -> 1;
            default -> 1 + random.nextInt(maxAssists);
        };
        return new Terms(randomSeed(random), randomTaskId(random), amount, minAssists, maxAssists, minCut);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Properties over random valid terms

    @Test
    void randomValidTermsGiveExactDeterministicSchedulesThatDependOnSeedAndTaskId() {
        Random random = new Random(BASE_SEED);
        int nonTrivial = 0;
        int differentForOtherSeed = 0;
        int differentForOtherTaskId = 0;
        int tight = 0;
        int fixedCount = 0;
        int single = 0;
        int thousands = 0;
        for (int i = 0; i < CASES; i++) {
            Terms terms = randomTerms(random);
            String replay = replay(i, terms);
            CutSchedule schedule = derive(terms, replay);
            long[] cuts = schedule.toArray();

            assertThat(cuts.length)
                    .as("size within assists; %s", replay)
                    .isBetween(terms.minAssists(), terms.maxAssists());
            assertThat(schedule.size()).as(replay).isEqualTo(cuts.length);
            assertThat(Arrays.stream(cuts).min().orElseThrow())
                    .as("every cut >= minCut; %s", replay)
                    .isGreaterThanOrEqualTo(terms.minCut());
            assertThat(Arrays.stream(cuts).sum())
                    .as("cuts add up to the amount; %s", replay)
                    .isEqualTo(terms.amount());
            assertThat(schedule.total()).as(replay).isEqualTo(terms.amount());

            CutSchedule again = derive(terms, replay);
            assertThat(again).as("deterministic; %s", replay).isEqualTo(schedule);
            assertThat(again.toArray()).as("deterministic; %s", replay).isEqualTo(cuts);

            CutSchedule decoded = CutSchedule.decode(schedule.encode());
            assertThat(decoded.toArray())
                    .as("encode/decode round trip; %s", replay)
                    .isEqualTo(cuts);

            // The seed and task id checks derive two more schedules: enough cases without the costly huge ones.
            if (terms.nonTrivial() && terms.maxAssists() <= 3_000) {
                nonTrivial++;
                if (!derive(terms.withSeed(randomSeed(random)), replay).equals(schedule)) {
                    differentForOtherSeed++;
                }
                if (!derive(terms.withTaskId(randomTaskId(random)), replay).equals(schedule)) {
                    differentForOtherTaskId++;
                }
            }
            tight += terms.amount() == (long) terms.maxAssists() * terms.minCut() ? 1 : 0;
            fixedCount += terms.minAssists() == terms.maxAssists() ? 1 : 0;
            single += terms.maxAssists() == 1 ? 1 : 0;
            thousands += terms.maxAssists() > 1000 ? 1 : 0;
        }

        String population = "base seed " + BASE_SEED + ": " + nonTrivial + " non-trivial cases, "
                + differentForOtherSeed + " changed with the seed, " + differentForOtherTaskId
                + " with the task id";
        System.out.println(population);
        // The generator really covers the edges it is meant to.
        assertThat(tight)
                .as("cases with amount == maxAssists * minCut; %s", population)
                .isGreaterThan(CASES / 10);
        assertThat(fixedCount)
                .as("cases with minAssists == maxAssists; %s", population)
                .isGreaterThan(CASES / 10);
        assertThat(single).as("cases with maxAssists == 1; %s", population).isGreaterThan(CASES / 20);
        assertThat(thousands)
                .as("cases with more than 1,000 assists; %s", population)
                .isGreaterThan(CASES / 50);
        assertThat(nonTrivial).as(population).isGreaterThan(CASES / 3);
        // Not every case must change (a cent of extra can land on the same assist), but nearly all do.
        assertThat(differentForOtherSeed).as(population).isGreaterThanOrEqualTo(nonTrivial * 95 / 100);
        assertThat(differentForOtherTaskId).as(population).isGreaterThanOrEqualTo(nonTrivial * 95 / 100);
    }

    @Test
    void edgeTermsKeepEveryInvariant() {
        Random random = new Random(BASE_SEED ^ 0x5EED);
        List<Terms> edges = new ArrayList<>();
        byte[] seed = randomSeed(random);
        String taskId = randomTaskId(random);
        long[][] terms = {
            // amount, minAssists, maxAssists, minCut
            {1, 1, 1, 1},
            {2, 1, 2, 1},
            {2, 2, 2, 1},
            {MAX_AMOUNT, 1, 1, 1},
            {MAX_AMOUNT, 1, 1, MAX_AMOUNT},
            {MAX_AMOUNT, 1, 2, 1},
            {MAX_AMOUNT, 3, 3, 1},
            {MAX_AMOUNT, 1, MAX_ASSISTS, 1},
            {MAX_AMOUNT, MAX_ASSISTS, MAX_ASSISTS, 1},
            {MAX_AMOUNT, MAX_ASSISTS, MAX_ASSISTS, MAX_AMOUNT / MAX_ASSISTS},
            {MAX_ASSISTS, MAX_ASSISTS, MAX_ASSISTS, 1},
            {MAX_ASSISTS + 1, MAX_ASSISTS, MAX_ASSISTS, 1},
            {MAX_ASSISTS + 99_999, MAX_ASSISTS - 1, MAX_ASSISTS, 1},
            {10_000, 5, 8, 1},
            {7, 7, 7, 1},
            {12_345, 10, 10, 100},
        };
        for (long[] t : terms) {
            edges.add(new Terms(seed, taskId, t[0], (int) t[1], (int) t[2], t[3]));
        }
        for (int i = 0; i < edges.size(); i++) {
            Terms edge = edges.get(i);
            String replay = replay(-1 - i, edge);
            CutSchedule schedule = derive(edge, replay);
            long[] cuts = schedule.toArray();
            assertThat(cuts.length).as(replay).isBetween(edge.minAssists(), edge.maxAssists());
            assertThat(Arrays.stream(cuts).min().orElseThrow()).as(replay).isGreaterThanOrEqualTo(edge.minCut());
            assertThat(Arrays.stream(cuts).sum()).as(replay).isEqualTo(edge.amount());
            assertThat(CutSchedule.decode(schedule.encode()).toArray())
                    .as(replay)
                    .isEqualTo(cuts);
        }
    }

    @Test
    void withoutExtraEveryCutIsTheMinimumCut() {
        CutSchedule schedule = CutSchedule.derive(GOLDEN_SEED, GOLDEN_TASK_ID, 300, 3, 3, 100);
        assertThat(schedule.toArray()).containsExactly(100, 100, 100);
    }

    @Test
    void hugeAmountsAreExactEvenWhenExtraTimesWeightExceeds64Bits() {
        Random random = new Random(BASE_SEED ^ 0x1E18);
        for (int i = 0; i < 300; i++) {
            int maxAssists = 1 + random.nextInt(random.nextBoolean() ? 10 : 2_000);
            long minCut = 1 + random.nextInt(1_000);
            long least = maxAssists * minCut;
            long amount = least + (random.nextLong() >>> 1) % (Long.MAX_VALUE - least);
            Terms terms = new Terms(
                    randomSeed(random),
                    randomTaskId(random),
                    amount,
                    1 + random.nextInt(maxAssists),
                    maxAssists,
                    minCut);
            String replay = replay(i, terms);
            CutSchedule schedule = derive(terms, replay);
            long[] cuts = schedule.toArray();
            assertThat(cuts.length).as(replay).isBetween(terms.minAssists(), terms.maxAssists());
            assertThat(Arrays.stream(cuts).min().orElseThrow()).as(replay).isGreaterThanOrEqualTo(minCut);
            assertThat(Arrays.stream(cuts).sum()).as(replay).isEqualTo(amount);
            assertThat(CutSchedule.decode(schedule.encode()).toArray())
                    .as(replay)
                    .isEqualTo(cuts);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Storage encoding

    @Test
    void encodingRoundTripsCutsAbove2To35() {
        Random random = new Random(BASE_SEED ^ 0xB16);
        int above2To35 = 0;
        for (int i = 0; i < 500; i++) {
            // Amounts of 2^35..2^50: extra * weight stays below 2^63 for up to 4 assists (weights up to 4,000).
            long amount = (1L << 35) + (random.nextLong() >>> (14 + random.nextInt(14)));
            int maxAssists = 1 + random.nextInt(4);
            Terms terms = new Terms(
                    randomSeed(random),
                    randomTaskId(random),
                    amount,
                    1 + random.nextInt(maxAssists),
                    maxAssists,
                    1 + random.nextInt(1000));
            String replay = replay(i, terms);
            CutSchedule schedule = derive(terms, replay);
            long[] cuts = schedule.toArray();
            byte[] encoded = schedule.encode();
            assertThat(encoded.length)
                    .as(replay)
                    .isEqualTo(Arrays.stream(cuts)
                            .mapToInt(CutScheduleUnitTests::varintLength)
                            .sum());
            assertThat(CutSchedule.decode(encoded).toArray()).as(replay).isEqualTo(cuts);
            assertThat(Arrays.stream(cuts).sum()).as(replay).isEqualTo(amount);
            above2To35 += Arrays.stream(cuts).anyMatch(cut -> cut > 1L << 35) ? 1 : 0;
        }
        assertThat(above2To35).as("base seed %d", BASE_SEED).isGreaterThan(400);
    }

    @Test
    void encodingIsUnsignedLeb128() {
        // Encoded bytes are decoded and re-encoded unchanged, up to the largest long (nine bytes).
        String[] encodings = {"01", "7f", "8001", "ac02", "ffffffff0f", "808080808020", "ffffffffffffffff7f"};
        for (String hex : encodings) {
            byte[] bytes = HEX.parseHex(hex);
            assertThat(CutSchedule.decode(bytes).encode()).as(hex).isEqualTo(bytes);
        }
        assertThat(CutSchedule.decode(HEX.parseHex("01ac02ffffffffffffffff7f")).toArray())
                .containsExactly(1, 300, Long.MAX_VALUE);
        assertThat(CutSchedule.decode(HEX.parseHex("808080808020")).toArray()).containsExactly(1L << 40);
        assertThat(CutSchedule.decode(HEX.parseHex("8080808080808010")).toArray())
                .containsExactly(1L << 53);
        assertThat(CutSchedule.derive(GOLDEN_SEED, GOLDEN_TASK_ID, 10_000, 5, 8, 1)
                        .encode())
                .isEqualTo(HEX.parseHex("d104db05e624bb0db8098b08"));
    }

    private static int varintLength(long value) {
        int bits = 64 - Long.numberOfLeadingZeros(value);
        return Math.max(1, (bits + 6) / 7);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Impossible terms

    @Test
    void impossibleTermsAreRejected() {
        byte[] seed = GOLDEN_SEED;
        String id = GOLDEN_TASK_ID;
        long[][] impossible = {
            // amount, minAssists, maxAssists, minCut
            {9, 10, 10, 1}, // maxAssists * minCut > amount
            {999, 1, 10, 100},
            {0, 1, 1, 1},
            {-5, 1, 1, 1},
            {100, 1, 10, 0}, // minCut 0
            {100, 1, 10, -1},
            {100, 5, 4, 1}, // min > max
            {100, 0, 4, 1}, // minAssists 0
            {100, -1, 4, 1},
            {100, 0, 0, 1},
            {Long.MAX_VALUE, 2, 2, Long.MAX_VALUE / 2 + 1}, // maxAssists * minCut overflows 64 bits
            {100, 3, 3, Long.MAX_VALUE},
            {Long.MAX_VALUE, 100_000, 100_000, Long.MAX_VALUE / 1_000},
        };
        for (long[] t : impossible) {
            assertThatIllegalArgumentException()
                    .as(Arrays.toString(t))
                    .isThrownBy(() -> CutSchedule.derive(seed, id, t[0], (int) t[1], (int) t[2], t[3]));
        }
        Random random = new Random(BASE_SEED ^ 0xBAD);
        for (int i = 0; i < 1_000; i++) {
            Terms valid = randomTerms(random);
            Terms tooSmall = new Terms(
                    valid.seed(),
                    valid.taskId(),
                    (long) valid.maxAssists() * valid.minCut() - 1 - random.nextInt(3),
                    valid.minAssists(),
                    valid.maxAssists(),
                    valid.minCut());
            assertThatIllegalArgumentException().as(replay(i, tooSmall)).isThrownBy(tooSmall::derive);
            Terms reversed = new Terms(
                    valid.seed(),
                    valid.taskId(),
                    valid.amount(),
                    valid.maxAssists() + 1,
                    valid.maxAssists(),
                    valid.minCut());
            assertThatIllegalArgumentException().as(replay(i, reversed)).isThrownBy(reversed::derive);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Commitment

    @Test
    void commitmentIsLowerCaseHexSha256OfDomainTaskIdAndSeedHex() throws Exception {
        Random random = new Random(BASE_SEED ^ 0xC0DE);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < 500; i++) {
            String seedHex = HEX.formatHex(randomSeed(random));
            String taskId = randomTaskId(random);
            String replay = "replay with -Dhuzhu.test.seed=" + BASE_SEED + " (case " + i + "): seed=" + seedHex
                    + " taskId=" + taskId;
            String commitment = CutSchedule.commitment(taskId, seedHex);
            assertThat(commitment).as(replay).matches("[0-9a-f]{64}");
            String expected = HEX.formatHex(
                    sha256.digest(("huzhu/commitment/v1|" + taskId + "|" + seedHex).getBytes(StandardCharsets.UTF_8)));
            assertThat(commitment).as(replay).isEqualTo(expected);
            assertThat(CutSchedule.commitment(taskId, HEX.formatHex(randomSeed(random))))
                    .as(replay)
                    .isNotEqualTo(commitment);
            assertThat(CutSchedule.commitment(randomTaskId(random), seedHex))
                    .as(replay)
                    .isNotEqualTo(commitment);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Golden vectors: computed independently by docs/verify-schedule.py (python3 docs/verify-schedule.py --self-test)

    @Test
    void goldenCommitment() {
        assertThat(HEX.formatHex(GOLDEN_SEED))
                .isEqualTo("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        assertThat(CutSchedule.commitment(GOLDEN_TASK_ID, HEX.formatHex(GOLDEN_SEED)))
                .isEqualTo("7d22a1a4393a73484a2fde234a890f3182723fdb3cf134974fb8ce5762509efe");
    }

    @Test
    void goldenBargainOf100YuanToZeroIn5To8Assists() {
        assertThat(CutSchedule.derive(GOLDEN_SEED, GOLDEN_TASK_ID, 10_000, 5, 8, 1)
                        .toArray())
                .containsExactly(593, 731, 4710, 1723, 1208, 1035);
    }

    @Test
    void goldenCashTargetOf12345CentsInExactly10Assists() {
        assertThat(CutSchedule.derive(GOLDEN_SEED, GOLDEN_TASK_ID, 12_345, 10, 10, 100)
                        .toArray())
                .containsExactly(1848, 423, 524, 3095, 1352, 1196, 1604, 1206, 699, 398);
    }

    @Test
    void goldenAssistCountOf7() {
        assertThat(CutSchedule.derive(GOLDEN_SEED, GOLDEN_TASK_ID, 7, 7, 7, 1).toArray())
                .containsExactly(1, 1, 1, 1, 1, 1, 1);
    }

    @Test
    void goldenAmountsBeyond64BitProducts() {
        assertThat(CutSchedule.derive(GOLDEN_SEED, GOLDEN_TASK_ID, 4_000_000_000_000_000_000L, 2, 5, 1)
                        .toArray())
                .containsExactly(670_866_141_732_283_465L, 661_417_322_834_645_670L, 2_667_716_535_433_070_865L);
        assertThat(CutSchedule.derive(GOLDEN_SEED, GOLDEN_TASK_ID, Long.MAX_VALUE, 3, 3, 1)
                        .toArray())
                .containsExactly(7_450_474_843_778_410_339L, 1_019_236_442_983_173_670L, 753_660_750_093_191_798L);
    }

    @Test
    void goldenBillionYuanIn100000Assists() throws Exception {
        // 10^11 cents in exactly 100,000 assists: extra * weight reaches about 10^19.
        CutSchedule schedule = CutSchedule.derive(GOLDEN_SEED, GOLDEN_TASK_ID, 100_000_000_000L, 100_000, 100_000, 1);
        assertThat(schedule.size()).isEqualTo(100_000);
        assertThat(schedule.total()).isEqualTo(100_000_000_000L);
        assertThat(Arrays.copyOf(schedule.toArray(), 5)).containsExactly(1381669, 283520, 419285, 3382192, 1649152);
        assertThat(schedule.cut(99_999)).isEqualTo(1);
        byte[] encoded = schedule.encode();
        assertThat(encoded).hasSize(311_105);
        assertThat(HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(encoded)))
                .isEqualTo("69b3a69dba7f0cb629e0f4f85e9dcfc7fb394700a0857de2b8951f8507b93144");
    }

    @Test
    void goldenLargeAmountWithCutsAbove2To35() {
        assertThat(CutSchedule.derive(GOLDEN_SEED, GOLDEN_TASK_ID, 100_000_000_000L, 1, 3, 1)
                        .toArray())
                .containsExactly(16_771_653_544L, 16_535_433_071L, 66_692_913_385L);
    }
}
