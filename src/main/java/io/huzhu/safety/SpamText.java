package io.huzhu.safety;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The form of a text the spam model reads, made from the {@link NormalisedText} (widths already folded, invisible
 * characters already gone) so that evasions look like what they evade:
 *
 * <ul>
 *   <li>only letters, digits and Chinese characters remain ({@code 代 砍}, {@code 代*砍}, {@code 代🔥砍} → {@code 代砍}),
 *       plus a mark where a clause ends and one for a question;
 *   <li>ASCII is lower-cased, every digit becomes {@code 0} (prices and numbers of any value look alike), {@code +}
 *       and {@code ➕} read as {@code 加};
 *   <li>the many spellings of WeChat ({@code 微信 威信 薇信 v信 vx wx 加V 加薇 …}) become one class character, and so
 *       do those of QQ ({@code qq 扣扣 企鹅 🐧 Q号 加Q}).
 * </ul>
 *
 * Every character remembers where in the normalised text it came from, so evidence can be reported in the original.
 */
final class SpamText {

    static final char WECHAT = '\uE000';
    static final char QQ = '\uE001';
    /** Where a clause ends (，。！；：、 and line breaks), kept so n-grams see sentence edges and scopes can be cut. */
    static final char BREAK = '\uE002';
    /** A question mark: questions ("是真的吗？") are mostly people asking, not advertising. */
    static final char QUESTION = '\uE003';
    /** Where a link stood: links are judged by the link policy, their letters would only blur the model's view. */
    static final char LINK = '\uE004';

    /** Spellings folded into a class character: {from, prefix kept, replacement} (W = WeChat, Q = QQ). */
    private static final String[][] VARIANTS = {
        {"weixin", "", "W"},
        {"wechat", "", "W"},
        {"微信", "", "W"},
        {"威信", "", "W"},
        {"薇信", "", "W"},
        {"徽信", "", "W"},
        {"维信", "", "W"},
        {"微新", "", "W"},
        {"围信", "", "W"},
        {"卫星", "", "W"},
        {"v信", "", "W"},
        {"vx", "", "W"},
        {"wx", "", "W"},
        {"微x", "", "W"},
        {"v芯", "", "W"},
        {"微芯", "", "W"},
        {"薇芯", "", "W"},
        {"威芯", "", "W"},
        {"wei信", "", "W"},
        {"加v", "加", "W"},
        {"加微", "加", "W"},
        {"加薇", "加", "W"},
        {"加威", "加", "W"},
        {"加卫", "加", "W"},
        {"加维", "加", "W"},
        {"qq", "", "Q"},
        {"扣扣", "", "Q"},
        {"抠抠", "", "Q"},
        {"企鹅", "", "Q"},
        {"q号", "", "Q号"},
        {"加q", "加", "Q"},
        {"q群", "", "Q群"}
    };

    private static final int MAX_CHARS = 1000;
    /** The characters a variant starts with: most characters are copied without looking at the variants. */
    private static final boolean[] STARTS = new boolean[Character.MAX_VALUE + 1];

    static {
        for (String[] v : VARIANTS) {
            STARTS[v[0].charAt(0)] = true;
        }
    }

    private final String text;
    private final int[] toNormalised;
    private final int emoji;

    private SpamText(String text, int[] toNormalised, int emoji) {
        this.text = text;
        this.toNormalised = toNormalised;
        this.emoji = emoji;
    }

    static SpamText of(NormalisedText normalised) {
        return of(normalised, List.of());
    }

    /** The model's text, each link (spans in the normalised text, in order) replaced by one {@link #LINK} mark. */
    static SpamText of(NormalisedText normalised, List<LinkExtractor.Link> links) {
        String s = normalised.text();
        int n = Math.min(s.length(), MAX_CHARS);
        StringBuilder compact = new StringBuilder(n);
        int[] map = new int[n + 1];
        int emoji = 0;
        int nextLink = 0;
        for (int i = 0; i < n; ) {
            while (nextLink < links.size() && links.get(nextLink).end() <= i) {
                nextLink++;
            }
            if (nextLink < links.size() && i >= links.get(nextLink).start()) {
                map[compact.length()] = i;
                compact.append(LINK);
                i = links.get(nextLink++).end();
                continue;
            }
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            char c = fold(cp);
            if (c == 0 && ShapeRules.isEmoji(cp)) {
                emoji++;
            } else if ((c == BREAK || c == QUESTION)
                    && (compact.isEmpty() || isBreak(compact.charAt(compact.length() - 1)))) {
                if (!compact.isEmpty() && c == QUESTION) {
                    compact.setCharAt(compact.length() - 1, QUESTION);
                }
            } else if (c != 0) {
                map[compact.length()] = i;
                compact.append(c);
            }
            i = next;
        }
        return folded(compact, map, emoji);
    }

    /** The model form of a plain string (lexicon entries), without offsets. */
    static String compact(String raw) {
        return of(NormalisedText.of(raw)).text;
    }

    /** One code point as the model reads it, or 0 when it is dropped. */
    private static char fold(int cp) {
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z') {
                return (char) (cp + 32);
            }
            if ((cp >= 'a' && cp <= 'z')) {
                return (char) cp;
            }
            if (cp >= '0' && cp <= '9') {
                return '0';
            }
            return switch (cp) {
                case '+' -> '加';
                case ',', '.', '!', ';', ':', '\n' -> BREAK;
                case '?' -> QUESTION;
                default -> 0;
            };
        }
        if (cp == '，' || cp == '。' || cp == '、' || cp == '；' || cp == '！' || cp == '：' || cp == '…') {
            return BREAK;
        }
        if (cp == '？') {
            return QUESTION;
        }
        if (cp == 0x2795) { // ➕
            return '加';
        }
        if (cp == 0x1F427) { // 🐧
            return QQ;
        }
        if (cp > 0xFFFF || !Character.isLetterOrDigit(cp)) {
            return 0;
        }
        return Character.isDigit(cp) ? '0' : (char) cp;
    }

    private static SpamText folded(StringBuilder compact, int[] map, int emoji) {
        StringBuilder out = new StringBuilder(compact.length());
        int[] outMap = new int[compact.length() + 1];
        int i = 0;
        while (i < compact.length()) {
            String[] variant = STARTS[compact.charAt(i)] ? variantAt(compact, i) : null;
            if (variant == null) {
                outMap[out.length()] = map[i];
                out.append(compact.charAt(i++));
                continue;
            }
            String replacement = variant[1] + classChars(variant[2]);
            for (int k = 0; k < replacement.length(); k++) {
                outMap[out.length()] = map[Math.min(i + k, i + variant[0].length() - 1)];
                out.append(replacement.charAt(k));
            }
            i += variant[0].length();
        }
        return new SpamText(out.toString(), outMap, emoji);
    }

    private static String classChars(String spec) {
        return spec.replace('W', WECHAT).replace('Q', QQ);
    }

    private static String @Nullable [] variantAt(StringBuilder s, int i) {
        char first = s.charAt(i);
        if (first == '加' && i + 1 < s.length() && STARTS[s.charAt(i + 1)] && variantAt(s, i + 1) != null) {
            return null; // 加威信: 威信 is the variant, 加 stays
        }
        for (String[] v : VARIANTS) {
            String from = v[0];
            if (from.charAt(0) == first && i + from.length() <= s.length() && regionEquals(s, i, from)) {
                return v;
            }
        }
        return null;
    }

    private static boolean regionEquals(StringBuilder s, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (s.charAt(at + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean isBreak(char c) {
        return c == BREAK || c == QUESTION;
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    /** Where the model character {@code index} came from in the normalised text. */
    int normalisedIndex(int index) {
        return toNormalised[index];
    }

    int emoji() {
        return emoji;
    }
}
