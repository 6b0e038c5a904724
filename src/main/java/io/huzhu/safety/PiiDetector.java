package io.huzhu.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds personal data in free Chinese/English text: e-mail addresses ({@link EmailFinder}), WeChat ids written as
 * letters ({@link ChatIdFinder}) and numbers — resident IDs, bank cards, mobile numbers, QQ numbers ({@link
 * NumberFinder} over a {@link DigitStream}) — and keeps the findings that do not overlap, the most sensitive first.
 * Thread-safe and allocation-light; no Spring. Findings report offsets in the text as given and never its value.
 */
public final class PiiDetector {

    private static final Comparator<Finding> BY_PRIORITY =
            Comparator.comparingInt((Finding f) -> priority(f.type())).thenComparingInt(f -> f.start() - f.end());

    private final Clock clock;

    public PiiDetector() {
        this(Clock.systemDefaultZone());
    }

    PiiDetector(Clock clock) {
        this.clock = clock;
    }

    /** The personal data in {@code text}, ordered by start offset, never overlapping. */
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>(2);
        EmailFinder.find(text, found);
        ProviderEmailFinder.find(text, found);
        ChatIdFinder.find(text, found);
        LocalDate now = LocalDate.now(clock);
        NumberFinder.find(text, now.getYear() * 10000 + now.getMonthValue() * 100 + now.getDayOfMonth(), found);
        if (found.size() < 2) {
            return found;
        }
        found.sort(BY_PRIORITY);
        List<Finding> kept = new ArrayList<>(found.size());
        for (Finding f : found) {
            boolean overlaps = false;
            for (Finding k : kept) {
                overlaps |= f.start() < k.end() && k.start() < f.end();
            }
            if (!overlaps) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }

    /** The text with every finding masked ({@link PiiMasker}). */
    public static String mask(String text, List<Finding> findings) {
        return PiiMasker.mask(text, findings);
    }

    private static int priority(FindingType type) {
        return switch (type) {
            case ID_CARD -> 0;
            case BANK_CARD -> 1;
            case EMAIL -> 2;
            case WECHAT_ID -> 3;
            case QQ_ID -> 4;
            default -> 5;
        };
    }
}
