package io.huzhu.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional Chinese characters read as simplified ones (兼職日結 → 兼职日结, 電話 → 电话), one character for one so
 * offsets stay exact: writing in traditional characters is an old way around keyword filters. The table is OpenCC's
 * {@code TSCharacters.txt} as shipped in {@code com.github.houbb:opencc4j} (the first simplified form of each
 * character; pairs outside the Basic Multilingual Plane are left out).
 */
final class Simplified {

    private static final String TABLE = "/data/dictionary/TSCharacters.txt";
    private static final char[] MAP = load();

    private Simplified() {}

    /** The simplified form of a Chinese character, or the character itself. */
    static char fold(char c) {
        char s = MAP[c];
        return s == 0 ? c : s;
    }

    private static char[] load() {
        char[] map = new char[Character.MAX_VALUE + 1];
        try (InputStream in = Simplified.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                return map;
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab == 1 && line.length() > tab + 1) {
                    char simplified = line.charAt(tab + 1);
                    boolean single = line.length() == tab + 2 || line.charAt(tab + 2) == ' ';
                    if (single && !Character.isSurrogate(simplified) && !Character.isSurrogate(line.charAt(0))) {
                        map[line.charAt(0)] = simplified;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
