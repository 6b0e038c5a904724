package io.huzhu.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rough timing (not a benchmark: see JMH for that); the bound is loose so a busy machine does not fail it. */
class PiiSpeedUnitTests {

    private static final String MESSAGE = "家人们帮我砍一刀！还差 3 个人，订单号 240315-123456789012345，"
            + "价格 ¥12.34，2026-11-24 15:30:00 截止，有问题打 138 0013 8000 或者加vx abc12345，"
            + "邮箱 kan@163.com，口令 7M78GYNB，谢谢大家🙏🙏 今晚8点开团，第一次用这个群，请多关照，拼多多砍价免费拿，";

    @Test
    void screensA200And2000CharacterMessageQuickly() {
        String short200 = MESSAGE.repeat(3).substring(0, 200);
        String long2000 = MESSAGE.repeat(20).substring(0, 2000);
        PiiDetector detector = new PiiDetector();
        measure(detector, long2000);
        double shortMicros = measure(detector, short200);
        double longMicros = measure(detector, long2000);
        System.out.printf("PiiDetector: 200 chars %.1f µs, 2000 chars %.1f µs per message%n", shortMicros, longMicros);
        assertThat(shortMicros).isLessThan(200);
        assertThat(longMicros).isLessThan(2000);
    }

    private static double measure(PiiDetector detector, String text) {
        int sink = 0;
        for (int i = 0; i < 5_000; i++) {
            sink += detector.find(text).size();
        }
        int rounds = 5_000;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += detector.find(text).size();
        }
        long elapsed = System.nanoTime() - start;
        assertThat(sink).isPositive();
        return elapsed / 1000.0 / rounds;
    }
}
