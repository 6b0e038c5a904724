package io.huzhu.safety;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * Spam and ads, Chinese-aware. Rules (each a finding with offsets into the original text):
 *
 * <ul>
 *   <li>stop phrases on a compact form of the text (letters, digits and Chinese characters only, so {@code 代 砍},
 *       {@code 代*砍} and full-width {@code 加Ｖ} match), with homophone variants ({@code 威信}, {@code 薇信}) and
 *       {@code +} read as {@code 加}: paid assists → PAID_ASSIST, contact lures, gambling, fake jobs → AD; a
 *       phrase right after a prohibition in the same sentence ({@code 本群禁止代砍}) does not count;
 *   <li>character bigram + trigram cosine similarity ≥ 0.5 to a spam sample (and closer to it than to any ham
 *       sample) → SPAM;
 *   <li>more than 5 emoji in a short message, more than 3 mentions, more than 2 links → SPAM;
 *   <li>per author and group: the same normalised text twice within 10 minutes → DUPLICATE; more than 10
 *       messages a minute → FLOOD (REJECT); a first message (or a sandboxed member's) with a link →
 *       NEW_MEMBER_RULE.
 * </ul>
 *
 * Every rule but FLOOD holds the message for review: these are heuristics, a human decides.
 */
final class SpamDetector {

    static final double SIMILARITY_THRESHOLD = 0.5;
    static final int MAX_EMOJI = 5;
    static final int SHORT_MESSAGE = 100;
    static final int MAX_MENTIONS = 3;
    static final int MAX_LINKS = 2;
    static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);
    static final Duration FLOOD_WINDOW = Duration.ofMinutes(1);
    static final int FLOOD_LIMIT = 10;
    private static final int MIN_DUPLICATE_LENGTH = 4;

    enum Category {
        PAID_ASSIST(
                FindingType.PAID_ASSIST,
                "PAID_ASSIST",
                "疑似有偿助力或代砍、刷单，已提交管理员审核",
                "Looks like a paid assist, assist-for-hire or fake orders; held for an admin to review"),
        CONTACT(
                FindingType.AD,
                "CONTACT_LURE",
                "疑似引流（加微信、私聊、加群），已提交管理员审核",
                "Looks like a lure to a private contact or another group; held for an admin to review"),
        GAMBLING(
                FindingType.AD,
                "GAMBLING",
                "疑似赌博、博彩广告，已提交管理员审核",
                "Looks like a gambling advertisement; held for an admin to review"),
        FAKE_JOB(
                FindingType.AD,
                "FAKE_JOB",
                "疑似虚假兼职、刷单类招聘广告，已提交管理员审核",
                "Looks like a fake part-time job advertisement; held for an admin to review");

        final FindingType type;
        final String rule;
        final String zh;
        final String en;

        Category(FindingType type, String rule, String zh, String en) {
            this.type = type;
            this.rule = rule;
            this.zh = zh;
            this.en = en;
        }
    }

    /**
     * A stop phrase; {@code context} (if any) must also occur somewhere in the compact text ({@code #digits}: a run of
     * five or more digits, a group or account number); it must not be followed by one of {@code unlessFollowedBy}.
     */
    private record Phrase(String text, Category category, List<String> context, List<String> unlessFollowedBy) {

        Phrase(String text, Category category, List<String> context) {
            this(text, category, context, List.of());
        }
    }

    private static final List<Phrase> PHRASES = new ArrayList<>();

    private static void add(Category category, String... phrases) {
        for (String p : phrases) {
            PHRASES.add(new Phrase(p, category, List.of()));
        }
    }

    static {
        add(Category.PAID_ASSIST, "代砍", "代坎", "有偿", "有尝", "刷单", "代刷", "互刷", "付费助力", "付费砍", "收费砍");
        add(Category.PAID_ASSIST, "收费助力", "花钱砍", "代助力", "包砍", "砍一刀毛", "一刀毛", "元一刀", "块一刀");
        add(Category.CONTACT, "加v", "加vx", "加wx", "加微", "加威", "加薇", "加徽", "加卫星", "加我v", "加我微");
        add(Category.CONTACT, "加我威", "加我薇", "加我wx", "加我vx", "加q", "加我q", "加扣", "加我扣", "私信我");
        add(Category.CONTACT, "私我", "扫码进群", "扫码加群", "扫码入群", "进群领", "威信", "薇信", "徽信", "v信");
        add(Category.CONTACT, "微亻言", "看主页", "主页联系");
        add(Category.GAMBLING, "博彩", "波菜", "彩票计划", "百家乐", "时时彩", "六合彩", "网赌", "赌场", "真人娱乐");
        add(Category.GAMBLING, "彩金", "回血上岸", "带单回血");
        // "新人刚加群" and "有问题私聊群主" are ordinary chat: these two need a lure around them
        PHRASES.add(new Phrase(
                "加群",
                Category.CONTACT,
                List.of("#digits", "群号", "扫码", "领", "福利", "红包", "免费", "优惠", "拉你", "速", "名额"),
                List.of()));
        PHRASES.add(new Phrase("私聊", Category.CONTACT, List.of(), List.of("群主", "管理", "admin")));
        PHRASES.add(new Phrase(
                "菠菜", Category.GAMBLING, List.of("平台", "网站", "导师", "带单", "回血", "上岸", "稳赚", "充值", "提现", "注册", "彩")));
        add(Category.FAKE_JOB, "兼职", "日结", "足不出户", "轻松月入", "刷信誉", "月入过万", "月入上万", "月入万");
        add(Category.FAKE_JOB, "日赚", "躺赚", "打字员", "点赞员", "手机就能做", "在家就能做", "在家赚钱", "宝妈赚");
    }

    private static final String[] NEGATIONS = {
        "禁止", "严禁", "不要", "不准", "不许", "拒绝", "谨防", "小心", "举报", "不接", "勿", "别", "杜绝", "不得", "防止", "警惕", "不是", "没有", "不搞",
        "不做", "不收"
    };
    private static final String[] NOT_NEGATIONS = {"不要错过", "别错过", "不要犹豫", "别犹豫", "勿错过"};

    /** A trie over the compact form: one walk per position, no regex per character. */
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        final List<Phrase> ends = new ArrayList<>(1);
    }

    private static final Node ROOT = new Node();
    /** The chars a phrase starts with: most positions are skipped without a map lookup. */
    private static final boolean[] STARTS = new boolean[Character.MAX_VALUE + 1];

    static {
        for (Phrase p : PHRASES) {
            STARTS[p.text().charAt(0)] = true;
            Node node = ROOT;
            for (char c : p.text().toCharArray()) {
                node = node.next.computeIfAbsent(c, k -> new Node());
            }
            node.ends.add(p);
        }
    }

    private record Sample(NGrams grams) {}

    private record AuthorKey(GroupId group, UserId author) {}

    /** Recent activity of one author in one group: message times and the hashes of recent texts. */
    private static final class AuthorMemory {
        final ArrayDeque<Long> times = new ArrayDeque<>();
        final ArrayDeque<long[]> texts = new ArrayDeque<>();
    }

    private final SampleStore store;
    private final Clock clock;
    private final List<Sample> spam = new CopyOnWriteArrayList<>();
    private final List<Sample> ham = new CopyOnWriteArrayList<>();
    private final Cache<AuthorKey, AuthorMemory> authors;
    private volatile boolean learnedLoaded;

    SpamDetector(SampleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.authors = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(DUPLICATE_WINDOW.plusMinutes(1))
                .build();
        for (String seed : seedSamples()) {
            spam.add(new Sample(NGrams.of(compact(NormalisedText.of(seed)).text)));
        }
    }

    private static List<String> seedSamples() {
        try (InputStream in = SpamDetector.class.getResourceAsStream("/safety/spam-samples.txt")) {
            if (in == null) {
                return List.of();
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadLearned() {
        if (learnedLoaded) {
            return;
        }
        synchronized (this) {
            if (!learnedLoaded) {
                for (SampleStore.Sample s : store.load()) {
                    remember(s.kind(), s.text());
                }
                learnedLoaded = true;
            }
        }
    }

    private void remember(SampleStore.Kind kind, String text) {
        NGrams grams = NGrams.of(compact(NormalisedText.of(text)).text);
        if (!grams.isEmpty()) {
            (kind == SampleStore.Kind.SPAM ? spam : ham).add(new Sample(grams));
        }
    }

    /** Adds a spam sample (the text should have its personal data masked already). */
    void learnSpam(String text) {
        loadLearned();
        remember(SampleStore.Kind.SPAM, text);
        store.save(SampleStore.Kind.SPAM, text);
    }

    /** Adds a ham sample: texts like it are no longer spam by similarity. */
    void learnHam(String text) {
        loadLearned();
        remember(SampleStore.Kind.HAM, text);
        store.save(SampleStore.Kind.HAM, text);
    }

    /** Screens a text as the real thing: duplicate and flood memory is updated. */
    List<Finding> find(String text, ScreenContext context) {
        NormalisedText normalised = NormalisedText.of(text);
        return find(normalised, LinkExtractor.extract(normalised.text()), context, true);
    }

    /**
     * Screens a prepared text. With {@code remember} false (a dry run) the per-author memory is read but not
     * changed.
     */
    List<Finding> find(NormalisedText text, List<LinkExtractor.Link> links, ScreenContext context, boolean remember) {
        loadLearned();
        List<Finding> findings = new ArrayList<>(2);
        Compact compact = compact(text);
        phrases(text, compact, findings);
        similarity(text, compact, findings);
        emoji(text, findings);
        mentions(text, findings);
        if (links.size() > MAX_LINKS) {
            findings.add(new Finding(
                    FindingType.SPAM,
                    text.originalStart(links.getFirst().start()),
                    text.originalEnd(links.getLast().end()),
                    "TOO_MANY_LINKS",
                    Action.HOLD,
                    "一条消息最多 " + MAX_LINKS + " 个链接，已提交管理员审核",
                    "At most " + MAX_LINKS + " links per message; held for an admin to review"));
        }
        if (!links.isEmpty() && (context.newMember() || context.authorMessagesInGroup() == 0)) {
            findings.add(new Finding(
                    FindingType.NEW_MEMBER_RULE,
                    text.originalStart(links.getFirst().start()),
                    text.originalEnd(links.getFirst().end()),
                    "FIRST_MESSAGE_LINK",
                    Action.HOLD,
                    "新成员的第一条消息不能带链接，已提交管理员审核",
                    "A new member's first messages may not carry links; held for an admin to review"));
        }
        author(text, compact, context, remember, findings);
        return findings;
    }

    /** The compact form: letters, digits and Chinese characters, ASCII lower-cased, '+' read as 加. */
    record Compact(String text, int[] toNormalised) {}

    static Compact compact(NormalisedText normalised) {
        String s = normalised.text();
        StringBuilder out = new StringBuilder(s.length());
        int[] map = new int[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                } else if (c == '+') {
                    c = '加';
                } else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
                    continue;
                }
            } else if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            map[out.length()] = i;
            out.append(c);
        }
        return new Compact(out.toString(), map);
    }

    private void phrases(NormalisedText text, Compact compact, List<Finding> findings) {
        String s = compact.text();
        CategorySet seen = new CategorySet();
        for (int i = 0; i < s.length(); i++) {
            if (!STARTS[s.charAt(i)]) {
                continue;
            }
            Node node = ROOT;
            for (int j = i; j < s.length(); j++) {
                node = node.next.get(s.charAt(j));
                if (node == null) {
                    break;
                }
                for (Phrase p : node.ends) {
                    if (seen.has(p.category())
                            || !hasContext(s, p)
                            || followedBy(s, j + 1, p.unlessFollowedBy())
                            || negated(text.text(), compact.toNormalised()[i])) {
                        continue;
                    }
                    seen.mark(p.category());
                    int start = compact.toNormalised()[i];
                    int end = compact.toNormalised()[j] + 1;
                    findings.add(new Finding(
                            p.category().type,
                            text.originalStart(start),
                            text.originalEnd(end),
                            p.category().rule,
                            Action.HOLD,
                            p.category().zh,
                            p.category().en));
                }
            }
        }
    }

    /** One finding per category is enough: the first occurrence. */
    private static final class CategorySet {
        private int bits;

        boolean has(Category c) {
            return (bits & (1 << c.ordinal())) != 0;
        }

        void mark(Category c) {
            bits |= 1 << c.ordinal();
        }
    }

    private static boolean hasContext(String compact, Phrase p) {
        if (p.context().isEmpty()) {
            return true;
        }
        for (String c : p.context()) {
            if (c.equals("#digits") ? hasDigitRun(compact, 5) : compact.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigitRun(String s, int length) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) >= '0' && s.charAt(i) <= '9' ? run + 1 : 0;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedBy(String compact, int at, List<String> words) {
        for (String w : words) {
            if (compact.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** A prohibition shortly before the phrase, in the same sentence: 本群禁止代砍、刷单. */
    private static boolean negated(String normalised, int start) {
        int from = start;
        while (from > 0 && start - from < 12) {
            char c = normalised.charAt(from - 1);
            if (c == '。' || c == '!' || c == '?' || c == '\n' || c == ';' || c == '！' || c == '？' || c == '.') {
                break;
            }
            from--;
        }
        if (from == start) {
            return false;
        }
        String window = normalised.substring(from, start);
        for (String not : NOT_NEGATIONS) {
            if (window.contains(not)) {
                return false;
            }
        }
        for (String n : NEGATIONS) {
            if (window.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private void similarity(NormalisedText text, Compact compact, List<Finding> findings) {
        if (compact.text().length() < 6) {
            return;
        }
        NGrams grams = NGrams.of(compact.text());
        double best = 0;
        for (Sample s : spam) {
            best = Math.max(best, grams.cosine(s.grams()));
        }
        if (best < SIMILARITY_THRESHOLD) {
            return;
        }
        for (Sample s : ham) {
            if (grams.cosine(s.grams()) >= best) {
                return;
            }
        }
        int percent = (int) Math.round(best * 100);
        findings.add(new Finding(
                FindingType.SPAM,
                0,
                text.original().length(),
                "SIMILAR_TO_SPAM",
                Action.HOLD,
                "与已知垃圾消息相似度 " + percent + "%，已提交管理员审核",
                "Similar (" + percent + " %) to known spam; held for an admin to review"));
    }

    static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF)
                || (cp >= 0x2600 && cp <= 0x27BF)
                || cp == 0x2B50
                || cp == 0x2B55
                || cp == 0x2B06
                || cp == 0x2B07
                || cp == 0x2934
                || cp == 0x2935
                || cp == 0x3030
                || cp == 0x303D;
    }

    private static void emoji(NormalisedText text, List<Finding> findings) {
        String s = text.original();
        int count = 0;
        int others = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isEmoji(cp)) {
                count++;
                if (first < 0) {
                    first = i;
                }
                last = next;
            } else if (!Character.isWhitespace(cp) && Character.getType(cp) != Character.NON_SPACING_MARK) {
                others++;
            }
            i = next;
        }
        if (count > MAX_EMOJI && others <= SHORT_MESSAGE) {
            findings.add(new Finding(
                    FindingType.SPAM,
                    first,
                    last,
                    "TOO_MANY_EMOJI",
                    Action.HOLD,
                    "短消息中表情过多（超过 " + MAX_EMOJI + " 个），已提交管理员审核",
                    "Too many emoji (more than " + MAX_EMOJI + ") in a short message; held for an admin to review"));
        }
    }

    private static void mentions(NormalisedText text, List<Finding> findings) {
        String s = text.text();
        int count = 0;
        int first = -1;
        int last = -1;
        for (int i = s.indexOf('@'); i >= 0; i = s.indexOf('@', i + 1)) {
            boolean email = i > 0 && isEmailChar(s.charAt(i - 1));
            boolean named = i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1)) && s.charAt(i + 1) != '@';
            if (!email && named) {
                count++;
                if (first < 0) {
                    first = i;
                }
                last = i + 2;
            }
        }
        if (count > MAX_MENTIONS) {
            findings.add(new Finding(
                    FindingType.SPAM,
                    text.originalStart(first),
                    text.originalEnd(last),
                    "TOO_MANY_MENTIONS",
                    Action.HOLD,
                    "一条消息最多提到 " + MAX_MENTIONS + " 人，已提交管理员审核",
                    "At most " + MAX_MENTIONS + " mentions per message; held for an admin to review"));
        }
    }

    private static boolean isEmailChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '.'
                || c == '_'
                || c == '-'
                || c == '+'
                || c == '%';
    }

    private void author(
            NormalisedText text, Compact compact, ScreenContext context, boolean remember, List<Finding> findings) {
        @Nullable GroupId group = context.groupId();
        @Nullable UserId author = context.authorId();
        if (group == null || author == null) {
            return;
        }
        AuthorKey key = new AuthorKey(group, author);
        AuthorMemory memory = remember ? authors.get(key, k -> new AuthorMemory()) : authors.getIfPresent(key);
        if (memory == null) {
            return;
        }
        long now = clock.millis();
        long hash = hash(compact.text());
        boolean duplicate = false;
        int recent;
        synchronized (memory) {
            while (!memory.times.isEmpty() && memory.times.peekFirst() <= now - FLOOD_WINDOW.toMillis()) {
                memory.times.pollFirst();
            }
            while (!memory.texts.isEmpty() && memory.texts.peekFirst()[1] <= now - DUPLICATE_WINDOW.toMillis()) {
                memory.texts.pollFirst();
            }
            recent = memory.times.size() + 1;
            if (compact.text().length() >= MIN_DUPLICATE_LENGTH) {
                for (long[] t : memory.texts) {
                    if (t[0] == hash) {
                        duplicate = true;
                        break;
                    }
                }
            }
            if (remember) {
                memory.times.addLast(now);
                if (memory.times.size() > FLOOD_LIMIT * 2) {
                    memory.times.pollFirst();
                }
                memory.texts.addLast(new long[] {hash, now});
                if (memory.texts.size() > 50) {
                    memory.texts.pollFirst();
                }
            }
        }
        int end = text.original().length();
        if (recent > FLOOD_LIMIT) {
            findings.add(new Finding(
                    FindingType.FLOOD,
                    0,
                    end,
                    "FLOOD",
                    Action.REJECT,
                    "发言太快了：每分钟最多 " + FLOOD_LIMIT + " 条，请稍等一会儿再发",
                    "Slow down: at most " + FLOOD_LIMIT
                            + " messages a minute in a group; wait a moment and try again"));
        }
        if (duplicate) {
            findings.add(new Finding(
                    FindingType.DUPLICATE,
                    0,
                    end,
                    "DUPLICATE",
                    Action.HOLD,
                    "10 分钟内重复发送了相同内容，已提交管理员审核",
                    "The same text was posted within 10 minutes; held for an admin to review"));
        }
    }

    /** FNV-1a, 64 bit, over the compact text. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
