package io.huzhu.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A labelled spam corpus: UTF-8, one {@code LABEL<TAB>message} a line, {@code #} starts a comment line, a line break
 * inside a message is written as the two characters {@code \n}. LABEL is a {@link SpamCategory} code or {@code HAM}.
 * The training corpus ships in {@code safety/spam-corpus.tsv}; held-out files use the same format.
 */
final class SpamCorpus {

    static final String TRAINING = "/safety/spam-corpus.tsv";
    static final String HAM = "HAM";

    /** One line: the label's class (0 = HAM, k = {@code SpamCategory.values()[k - 1]}) and the message. */
    record Line(int label, String text) {

        /** The category, or null for ordinary text. */
        @Nullable
        SpamCategory category() {
            return label == 0 ? null : SpamCategory.values()[label - 1];
        }
    }

    private SpamCorpus() {}

    static List<Line> training() {
        try (InputStream in = SpamCorpus.class.getResourceAsStream(TRAINING)) {
            if (in == null) {
                throw new IllegalStateException("The spam corpus " + TRAINING + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Line> parse(String content) {
        List<Line> lines = new ArrayList<>();
        for (String line : content.split("\n")) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            int tab = l.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException("A corpus line needs LABEL<TAB>message");
            }
            lines.add(new Line(label(l.substring(0, tab).strip()), unescape(l.substring(tab + 1))));
        }
        return lines;
    }

    static int label(String code) {
        return code.equals(HAM) ? 0 : SpamCategory.valueOf(code).ordinal() + 1;
    }

    static String unescape(String text) {
        return text.replace("\\n", "\n");
    }
}
