package io.huzhu.campaign;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The languages a rules page is written in. Chinese is the default: it is the language of the rules' audience. */
enum RulesLanguage {
    ZH_CN("zh-CN"),
    EN("en");

    private final String tag;

    RulesLanguage(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }

    /**
     * An explicit {@code lang} parameter wins; otherwise the first supported language of {@code Accept-Language};
     * otherwise Chinese.
     *
     * @throws io.huzhu.shared.HuzhuException when {@code lang} names an unsupported language
     */
    static RulesLanguage resolve(@Nullable String lang, @Nullable String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            RulesLanguage chosen = match(lang.strip());
            if (chosen == null) {
                throw Violations.single("lang", Violations.Reason.INVALID, "Supported: zh-CN, en");
            }
            return chosen;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    RulesLanguage chosen = range.getWeight() > 0 ? match(range.getRange()) : null;
                    if (chosen != null) {
                        return chosen;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // A broken header is no reason to refuse the page; fall back to the default.
            }
        }
        return ZH_CN;
    }

    private static @Nullable RulesLanguage match(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        // Every Chinese variant gets the simplified Chinese page: closer to the reader than English.
        if (lower.equals("zh") || lower.startsWith("zh-")) {
            return ZH_CN;
        }
        return lower.equals("en") || lower.startsWith("en-") ? EN : null;
    }
}
