package io.huzhu.risk;

import io.huzhu.shared.ClientInfo;
import io.huzhu.shared.TaskId;
import io.huzhu.shared.UserId;
import io.huzhu.support.JmhMain;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The inline risk gate as the assist path pays for it: fingerprinting the request (two keyed SipHash-2-4 of the
 * device id and the address, the network prefix) and the in-memory features and decision, on a warm gate that has
 * seen 100,000 helpers, 200,000 devices and 20,000 tasks. Run: see docs/benchmarks.md, section "Risk gate".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class InlineGateBenchmark {

    private static final int ATTEMPTS = 1 << 16;
    private InlineGate gate;
    private Fingerprints fingerprints;
    private AssistCheck[] checks;
    private final AtomicInteger next = new AtomicInteger();
    private long start;

    @Setup
    public void setUp() {
        gate = new InlineGate(InlineGateUnitTests.defaults().inline());
        fingerprints = Fingerprints.withKey(new byte[16]);
        Random random = new Random(42);
        UserId[] helpers = new UserId[100_000];
        for (int i = 0; i < helpers.length; i++) {
            helpers[i] = UserId.next();
        }
        TaskId[] tasks = new TaskId[20_000];
        UserId[] initiators = new UserId[tasks.length];
        for (int i = 0; i < tasks.length; i++) {
            tasks[i] = TaskId.next();
            initiators[i] = helpers[random.nextInt(helpers.length)];
        }
        Instant old = Instant.parse("2029-01-01T00:00:00Z");
        checks = new AssistCheck[ATTEMPTS];
        for (int i = 0; i < ATTEMPTS; i++) {
            int task = random.nextInt(tasks.length);
            int helper = random.nextInt(helpers.length);
            Instant since = random.nextInt(20) == 0 ? Instant.now().minus(Duration.ofHours(2)) : old;
            checks[i] = new AssistCheck(
                    helpers[helper],
                    since,
                    initiators[task],
                    tasks[task],
                    new ClientInfo(
                            "device-" + (helper * 2 + random.nextInt(2)),
                            "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256)));
        }
        start = System.currentTimeMillis();
        // Warm the gate: every check seen once, as a busy node would have.
        for (int i = 0; i < ATTEMPTS; i++) {
            assess(i, start - 60_000 + i);
        }
    }

    private RiskDecision assess(int i, long now) {
        AssistCheck check = checks[i & (ATTEMPTS - 1)];
        return gate.assess(check, fingerprints.of(check.client()), now);
    }

    @Benchmark
    public RiskDecision assess() {
        int i = next.getAndIncrement();
        return assess(i, start + i / 64);
    }

    @Benchmark
    @Threads(2)
    public RiskDecision assessTwoThreads() {
        int i = next.getAndIncrement();
        return assess(i, start + i / 64);
    }

    /** The fingerprint alone (the two keyed hashes and the network prefix). */
    @Benchmark
    public Fingerprint fingerprint() {
        return fingerprints.of(checks[next.getAndIncrement() & (ATTEMPTS - 1)].client());
    }

    public static void main(String[] args) throws Exception {
        JmhMain.run(InlineGateBenchmark.class, args);
    }
}
