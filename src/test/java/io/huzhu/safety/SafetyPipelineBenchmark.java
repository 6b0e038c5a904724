package io.huzhu.safety;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@link SafetyPipeline#screen} on a typical 200-character group message (a phone number, a link, emoji) and on a
 * 2,000-character one, with the production PII detector, link policy and spam detector (the shipped model) and
 * per-author memory in use. Run: see docs/benchmarks.md, section "Safety pipeline".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SafetyPipelineBenchmark {

    static final String SHORT_MESSAGE = "大家好😊，今天拼多多的助力享免单活动又开始了，我发起了一个砍价任务，还差最后三刀就能免费拿到这包抽纸🎉。"
            + "麻烦看到的朋友帮我点一下：https://mobile.yangkeduo.com/goods.html?goods_id=123456789 "
            + "有问题可以打我电话13812345678，我也会回助大家的，谢谢🙏！已经帮群里好几位朋友砍过了，今天的次数还剩两次，"
            + "需要的在群里说一声，看到就帮。";

    private static final String[] SENTENCES = {
        "今天的水果活动很划算，我已经下单了两次，质量都不错。",
        "群里的朋友们早上好，新的一天继续互帮互助🌞。",
        "砍价的时候记得先看活动规则，有些商品要求新用户才能助力。",
        "上次帮我砍价的朋友都回过了，如果有漏掉的请提醒我一下。",
        "晚上八点还有一场秒杀，感兴趣的可以定个闹钟⏰。",
        "这个纸巾的活动还差五个人助力，谢谢大家帮忙。",
        "有人知道现金大转盘每天能抽几次吗？我今天只抽了一次。",
        "提醒一下：不要点陌生人发的链接，也不要在群里发身份证和银行卡。",
    };

    static final String LONG_MESSAGE = longMessage();

    private SafetyPipeline pipeline;
    private ScreenContext context;
    private PiiDetector pii;
    private SpamDetector spam;
    private NormalisedText longNormalised;

    static String longMessage() {
        StringBuilder b = new StringBuilder(2100);
        int i = 0;
        while (b.length() < 1800) {
            b.append(SENTENCES[i++ % SENTENCES.length]);
            if (i == 20) {
                b.append("我的任务链接：https://mobile.yangkeduo.com/goods.html?goods_id=987654321 ，");
            }
            if (i == 30) {
                b.append("有事打电话13912345678。");
            }
        }
        while (b.length() < 2000) {
            b.append("谢");
        }
        return b.substring(0, 2000);
    }

    @Setup
    public void setUp() {
        LinkPolicy links = new LinkPolicy(new SafetyProperties(List.of("pinduoduo.com", "yangkeduo.com", "jd.com")));
        spam = new SpamDetector(SampleStore.inMemory(), Clock.systemUTC());
        pii = new PiiDetector();
        pipeline = new SafetyPipeline(pii::find, PiiDetector::mask, links, spam);
        longNormalised = NormalisedText.of(LONG_MESSAGE);
        context = new ScreenContext(
                "MESSAGE", new GroupId(UUID.randomUUID()), new UserId(UUID.randomUUID()), Set.of(), 50, false);
    }

    @Benchmark
    public Verdict screen200() {
        return pipeline.screen(SHORT_MESSAGE, context);
    }

    @Benchmark
    public Verdict screen2000() {
        return pipeline.screen(LONG_MESSAGE, context);
    }

    /** The parts, on the long message: where the time goes. */
    @Benchmark
    public Object part2000Normalise() {
        return NormalisedText.of(LONG_MESSAGE);
    }

    @Benchmark
    public Object part2000Pii() {
        return pii.find(longNormalised.text());
    }

    @Benchmark
    public Object part2000Links() {
        return LinkExtractor.extract(longNormalised.text());
    }

    @Benchmark
    public Object part2000Spam() {
        return spam.find(longNormalised, List.of(), ScreenContext.plain("MESSAGE"), false);
    }

    /**
     * Runs the benchmarks. Under {@code exec:java} the test class path lives in a class loader, not in
     * {@code java.class.path}, which is what JMH hands to its forked JVM: copy it there first. Arguments are JMH's
     * ({@code -Dexec.args="-wi 5 screen"}).
     */
    public static void main(String[] args) throws RunnerException, URISyntaxException, CommandLineOptionException {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
        }
        // JMH's command line options (-wi, -i, -f, a benchmark regex…) override the annotations
        var options = new CommandLineOptions(args);
        var builder = new OptionsBuilder().parent(options);
        if (options.getIncludes().isEmpty()) {
            builder.include(SafetyPipelineBenchmark.class.getName() + "\\.");
        }
        new Runner(builder.build()).run();
    }
}
