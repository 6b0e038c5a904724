package io.huzhu.safety;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text prepared once for matching: NFKC per code point (full-width letters, digits and punctuation become
 * half-width, the ideographic space a space), traditional Chinese characters read as simplified ({@link Simplified}),
 * with zero-width and other format characters removed. Every char of
 * {@link #text()} knows the code point of the original it came from, so findings made on the normalised text are
 * reported with offsets into the original. NFKC is applied per code point, not across combining sequences: good
 * enough for matching, and it keeps the offset map exact.
 */
final class NormalisedText {

    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    private NormalisedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    static NormalisedText of(String original) {
        int n = original.length();
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n + 8];
        int[] ends = new int[n + 8];
        int i = 0;
        while (i < n) {
            char c = original.charAt(i);
            int at = out.length();
            if (at + 4 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2 + 8);
                ends = Arrays.copyOf(ends, ends.length * 2 + 8);
            }
            // fast paths, one char in, one char out: ASCII, Chinese characters (traditional read as simplified),
            // full-width forms
            if (c < 0x80) {
                out.append(c);
            } else if (c >= 0x3400 && c <= 0x9FFF) {
                out.append(Simplified.fold(c));
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                out.append((char) (c - 0xFEE0));
            } else if (c == 0x3000) {
                out.append(' ');
            } else {
                int cp = original.codePointAt(i);
                int next = i + Character.charCount(cp);
                if (!isInvisible(cp)) {
                    String mapped = map(cp);
                    if (at + mapped.length() >= starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2 + mapped.length());
                        ends = Arrays.copyOf(ends, ends.length * 2 + mapped.length());
                    }
                    for (int k = 0; k < mapped.length(); k++) {
                        starts[at + k] = i;
                        ends[at + k] = next;
                    }
                    out.append(mapped);
                }
                i = next;
                continue;
            }
            starts[at] = i;
            ends[at] = i + 1;
            i++;
        }
        return new NormalisedText(original, out.toString(), starts, ends);
    }

    private static String map(int cp) {
        String s = Character.toString(cp);
        return Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /** Zero-width spaces and joiners, the BOM, soft hyphens, bidi controls and other format characters. */
    static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT
                || cp == 0x180E
                || cp == 0x115F
                || cp == 0x1160
                || cp == 0x3164
                || cp == 0xFFA0;
    }

    String original() {
        return original;
    }

    String text() {
        return text;
    }

    /** The original offset where the normalised char {@code index} starts. */
    int originalStart(int index) {
        return index >= text.length() ? original.length() : starts[index];
    }

    /** The original offset (exclusive) where the normalised span ending (exclusive) at {@code end} ends. */
    int originalEnd(int end) {
        return end <= 0 ? 0 : ends[end - 1];
    }
}
