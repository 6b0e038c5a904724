package io.huzhu.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random checks (no jqwik): the seed is printed in every failure message; rerun with it to reproduce. */
class PiiPropertyUnitTests {

    // A fixed default keeps CI deterministic; pass -Dpii.seed=<n> to explore other cases.
    private static final long SEED = Long.getLong("pii.seed", 20261124L);
    private static final String[] REGIONS = {"110105", "310104", "440305", "510107", "330106", "420111", "610113"};
    private static final String[] SEPARATORS = {"", "", "", " ", "-", ".", "\u200b", "😀", "_", "/", "  "};
    private static final String CHAT = "帮我砍刀谢谢大家今晚拼单还差人助力免费拿群主好人互助群规则请看公告收到了哦好的亲";
    // No Chinese numerals in the chat: a numeral touching a number written in numerals extends it (a known miss).
    private static final String FULL = "０１２３４５６７８９";
    private static final String CHINESE = "零一二三四五六七八九";

    private final PiiDetector detector = new PiiDetector();

    @Test
    void validIdsAndCardsInChatAreFoundWhereTheyAreWritten() {
        Random random = new Random(SEED);
        for (int round = 0; round < 2000; round++) {
            boolean id = random.nextBoolean();
            String number = id ? randomId(random) : randomCard(random);
            String written = write(number, random);
            String before = chat(random, 0, 12);
            String after = chat(random, 0, 12);
            String text = before + written + after;
            List<Finding> findings = detector.find(text);
            String context = "seed " + SEED + " round " + round + ": " + text;
            // An 18-digit card can also be a well-formed ID (region, birth date and check character all fit, about
            // one card in a few hundred); it is reported as an ID, which is refused the same way.
            boolean alsoId = !id
                    && number.length() == 18
                    && PiiDetectorUnitTests.withCheck(number.substring(0, 17)).equals(number);
            List<FindingType> expected = id
                    ? List.of(FindingType.ID_CARD)
                    : alsoId ? List.of(FindingType.ID_CARD, FindingType.BANK_CARD) : List.of(FindingType.BANK_CARD);
            assertThat(findings).as(context).anyMatch(f -> expected.contains(f.type()));
            Finding f = findings.stream()
                    .filter(x -> expected.contains(x.type()))
                    .findFirst()
                    .orElseThrow();
            assertThat(text.substring(f.start(), f.end())).as(context).isEqualTo(written.strip());
        }
    }

    @Test
    void digitStringsFailingEveryCheckAreNeitherIdNorCard() {
        Random random = new Random(SEED);
        int tested = 0;
        while (tested < 5000) {
            int length = 16 + random.nextInt(4);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) {
                b.append((char) ('0' + random.nextInt(10)));
            }
            String digits = b.toString();
            if (luhn(digits)
                    || (length == 18
                            && PiiDetectorUnitTests.withCheck(digits.substring(0, 17))
                                    .equals(digits))) {
                continue;
            }
            tested++;
            // contiguous (any digit style): with separators a whole-group part could itself be a valid number
            String text = chat(random, 0, 8) + style(digits, random) + chat(random, 0, 8);
            assertThat(detector.find(text))
                    .as("seed %d: %s", SEED, text)
                    .noneMatch(f -> f.type() == FindingType.ID_CARD || f.type() == FindingType.BANK_CARD);
        }
    }

    private static String chat(Random random, int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(CHAT.charAt(random.nextInt(CHAT.length())));
        }
        return b.append(' ').toString();
    }

    /** The number as a user might type it: groups split by random separators, digits in a random style. */
    private static String write(String number, Random random) {
        int style = random.nextInt(4); // ASCII, ASCII, full-width, Chinese
        StringBuilder b = new StringBuilder();
        int group = 3 + random.nextInt(4);
        for (int i = 0; i < number.length(); i++) {
            if (i > 0 && i % group == 0) {
                b.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            char c = number.charAt(i);
            if (c == 'X') {
                b.append(style == 2 ? 'Ｘ' : 'X');
            } else if (style == 2) {
                b.append(FULL.charAt(c - '0'));
            } else if (style == 3) {
                b.append(CHINESE.charAt(c - '0'));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String style(String digits, Random random) {
        int style = random.nextInt(3);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            b.append(style == 0 ? digits.charAt(i) : style == 1 ? FULL.charAt(d) : CHINESE.charAt(d));
        }
        return b.toString();
    }

    private static String randomId(Random random) {
        String region = REGIONS[random.nextInt(REGIONS.length)];
        int year = 1930 + random.nextInt(90);
        String date = String.format("%04d%02d%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        return PiiDetectorUnitTests.withCheck(region + date + String.format("%03d", random.nextInt(1000)));
    }

    private static String randomCard(Random random) {
        String prefix = new String[] {"622202", "621700", "436742", "955880", "622848"}[random.nextInt(5)];
        int length = 16 + random.nextInt(4);
        StringBuilder b = new StringBuilder(prefix);
        while (b.length() < length - 1) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        for (char d = '0'; d <= '9'; d++) {
            if (luhn(b.toString() + d)) {
                return b.toString() + d;
            }
        }
        throw new AssertionError();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int v = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                v = v * 2 > 9 ? v * 2 - 9 : v * 2;
            }
            sum += v;
        }
        return sum % 10 == 0;
    }
}
