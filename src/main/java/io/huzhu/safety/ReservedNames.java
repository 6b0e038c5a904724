package io.huzhu.safety;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names that claim to be staff or the platform: a member called 管理员 or "Huzhu 官方客服" can ask other members for
 * codes, money or personal data with borrowed authority. Matched after the safety normalisation (full-width and
 * traditional forms folded, invisible characters dropped), with spaces, punctuation and common digit-for-letter
 * swaps removed, so that "管 理 员", "ＡＤＭＩＮ" and "Hu-zhu" are caught too. A member's name may claim neither staff
 * nor platform; a group's name may not claim the platform (a shop's "官方粉丝群" is its own business).
 */
public final class ReservedNames {

    /** Whose authority a name may not borrow. */
    public enum Kind {
        /** A member's display name: neither staff nor the platform. */
        PERSON,
        /** A group's name: not the platform. */
        GROUP
    }

    private static final List<String> PLATFORM_ZH =
            List.of("互助平台", "互助团队", "互助官方", "平台官方", "平台客服", "平台通知", "系统消息", "系统通知");
    private static final List<String> STAFF_ZH = List.of("管理员", "管理猿", "官方", "客服", "群主", "工作人员", "版主", "官方认证");
    private static final Pattern PLATFORM_LATIN = Pattern.compile("huzhu");
    private static final Pattern STAFF_LATIN = Pattern.compile(
            "(?<![a-z])(admin|administrator|moderator|mod|official|staff|support|system|sysop|operator|customer ?service|guanliyuan|kefu|guanfang)(?![a-z])");

    private ReservedNames() {}

    /** The reserved word the name uses, if it claims an authority this kind of name may not. */
    public static Optional<String> claim(Kind kind, String name) {
        String folded = leet(NormalisedText.of(name).text().toLowerCase(Locale.ROOT));
        String squeezed = folded.replaceAll("[\\s\\p{P}\\p{S}_]+", "");
        for (String term : PLATFORM_ZH) {
            if (squeezed.contains(term)) {
                return Optional.of(term);
            }
        }
        if (PLATFORM_LATIN.matcher(squeezed).find()) {
            return Optional.of("Huzhu");
        }
        if (kind == Kind.GROUP) {
            return Optional.empty();
        }
        for (String term : STAFF_ZH) {
            if (squeezed.contains(term)) {
                return Optional.of(term);
            }
        }
        var staff = STAFF_LATIN.matcher(folded.replaceAll("[\\p{P}\\p{S}_]+", " "));
        return staff.find() ? Optional.of(staff.group(1)) : Optional.empty();
    }

    /** Digits and symbols that stand in for letters in names ("adm1n", "0fficial", "$upport"). */
    private static String leet(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(
                    switch (c) {
                        case '0' -> 'o';
                        case '1', '!', '|' -> 'i';
                        case '3' -> 'e';
                        case '4', '@' -> 'a';
                        case '5', '$' -> 's';
                        case '7' -> 't';
                        default -> c;
                    });
        }
        return out.toString();
    }
}
