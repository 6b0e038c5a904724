package io.huzhu.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * The content gate: the text is normalised once ({@link NormalisedText}: NFKC width folding, zero-width characters
 * removed), then personal data, links and spam are checked on the normalised text and every finding is reported
 * with offsets into the original. The verdict takes the strictest action of the findings; {@code masked} is the
 * original with every personal-data finding masked.
 *
 * <p>Links: each extracted link ({@link LinkExtractor}, including spelled-out domains such as {@code abc点com} and
 * non-web schemes) goes through {@link LinkPolicy}. A refused link is held for review (an unknown domain may be fine,
 * an admin decides and can allowlist it), except the tricks that only exist to deceive, which are rejected outright:
 * userinfo ({@code https://pinduoduo.com@evil.example}), IP hosts, non-web schemes ({@code javascript:},
 * {@code data:}, {@code intent:}, app schemes), look-alike hosts and invisible characters inside a link.
 *
 * <p>Never logs the text.
 */
@Service
public class SafetyPipeline implements ContentSafety {

    private final Function<String, List<Finding>> pii;
    private final BiFunction<String, List<Finding>, String> mask;
    private final LinkPolicy links;
    private final SpamDetector spam;

    SafetyPipeline(
            @Qualifier("piiFinder") Function<String, List<Finding>> pii,
            @Qualifier("piiMasker") BiFunction<String, List<Finding>, String> mask,
            LinkPolicy links,
            SpamDetector spam) {
        this.pii = pii;
        this.mask = mask;
        this.links = links;
        this.spam = spam;
    }

    @Override
    public Verdict screen(String text, ScreenContext context) {
        return screen(text, context, false);
    }

    /** A dry run: the same verdict, but the per-author memory (duplicates, floods) is neither updated nor created. */
    @Override
    public Verdict dryRun(String text, ScreenContext context) {
        return screen(text, context, true);
    }

    private Verdict screen(String text, ScreenContext context, boolean dryRun) {
        NormalisedText normalised = NormalisedText.of(text);
        List<Finding> findings = new ArrayList<>(4);
        List<Finding> personal = personalData(normalised);
        findings.addAll(personal);
        List<LinkExtractor.Link> found = LinkExtractor.extract(normalised.text());
        for (LinkExtractor.Link link : found) {
            LinkVerdict verdict = hidesCharacters(normalised, link)
                    ? LinkVerdict.refuse("INVISIBLE", "The link hides invisible characters")
                    : links.check(link.url(), context.groupLinkAllowlist());
            if (!verdict.allowed()) {
                findings.add(linkFinding(normalised, link, verdict));
            }
        }
        findings.addAll(spam.find(normalised, found, context, !dryRun));
        if (findings.isEmpty()) {
            return Verdict.allow(text);
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        Action action = Action.ALLOW;
        for (Finding f : findings) {
            if (f.action().compareTo(action) > 0) {
                action = f.action();
            }
        }
        String masked = personal.isEmpty() ? text : mask.apply(text, personal);
        return new Verdict(action, List.copyOf(findings), masked);
    }

    /** PII on the normalised text; offsets mapped back to the original; the action set by type. */
    private List<Finding> personalData(NormalisedText normalised) {
        List<Finding> raw = pii.apply(normalised.text());
        if (raw.isEmpty()) {
            return List.of();
        }
        List<Finding> mapped = new ArrayList<>(raw.size());
        for (Finding f : raw) {
            Action action = switch (f.type()) {
                case ID_CARD, BANK_CARD -> Action.REJECT;
                default -> Action.MASK;
            };
            mapped.add(f.withAction(action).at(normalised.originalStart(f.start()), normalised.originalEnd(f.end())));
        }
        return mapped;
    }

    /** Zero-width or other invisible characters inside the link as written (normalisation removed them). */
    private static boolean hidesCharacters(NormalisedText normalised, LinkExtractor.Link link) {
        String original = normalised.original();
        int end = normalised.originalEnd(link.end());
        for (int i = normalised.originalStart(link.start()); i < end; i++) {
            if (NormalisedText.isInvisible(original.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Tricks that only exist to deceive are rejected; anything else refused is held for an admin to decide. */
    private static final java.util.Set<String> TRICKS =
            java.util.Set.of("USERINFO", "IP_HOST", "SCHEME", "LOOKALIKE", "INVISIBLE");

    private static Finding linkFinding(NormalisedText normalised, LinkExtractor.Link link, LinkVerdict verdict) {
        String reason = verdict.reason() == null ? "NOT_ALLOWLISTED" : verdict.reason();
        boolean trick = TRICKS.contains(reason);
        String en = verdict.explanation() == null ? "The link is not allowed" : verdict.explanation();
        return Findings.link(
                normalised.originalStart(link.start()), normalised.originalEnd(link.end()), reason, en, trick);
    }

    @Override
    public void learnSpam(String text) {
        spam.learnSpam(maskPersonalData(text));
    }

    @Override
    public void learnHam(String text) {
        spam.learnHam(maskPersonalData(text));
    }

    /** Samples are stored, so they never carry personal data. */
    private String maskPersonalData(String text) {
        List<Finding> personal = personalData(NormalisedText.of(text));
        return personal.isEmpty() ? text : mask.apply(text, personal);
    }
}
