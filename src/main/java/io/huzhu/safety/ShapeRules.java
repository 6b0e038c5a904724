package io.huzhu.safety;

import java.util.List;

/**
 * Rules about the shape of a message, sharper than any model: more than {@value #MAX_EMOJI} emoji in a short message,
 * more than {@value #MAX_MENTIONS} mentions, more than {@value #MAX_LINKS} links, and a link in a new member's first
 * messages. Each is held for review.
 */
final class ShapeRules {

    static final int MAX_EMOJI = 5;
    static final int SHORT_MESSAGE = 100;
    static final int MAX_MENTIONS = 3;
    static final int MAX_LINKS = 2;

    private ShapeRules() {}

    static void check(NormalisedText text, List<LinkExtractor.Link> links, ScreenContext context, List<Finding> out) {
        emoji(text, out);
        mentions(text, out);
        if (links.size() > MAX_LINKS) {
            out.add(Findings.held(
                    FindingType.SPAM,
                    text.originalStart(links.getFirst().start()),
                    text.originalEnd(links.getLast().end()),
                    "TOO_MANY_LINKS",
                    "一条消息最多 " + MAX_LINKS + " 个链接",
                    "At most " + MAX_LINKS + " links per message"));
        }
        if (!links.isEmpty() && (context.newMember() || context.authorMessagesInGroup() == 0)) {
            out.add(Findings.held(
                    FindingType.NEW_MEMBER_RULE,
                    text.originalStart(links.getFirst().start()),
                    text.originalEnd(links.getFirst().end()),
                    "FIRST_MESSAGE_LINK",
                    "新成员的第一条消息不能带链接",
                    "A new member's first messages may not carry links"));
        }
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

    private static void emoji(NormalisedText text, List<Finding> out) {
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
            out.add(Findings.held(
                    FindingType.SPAM,
                    first,
                    last,
                    "TOO_MANY_EMOJI",
                    "短消息中表情过多（超过 " + MAX_EMOJI + " 个）",
                    "Too many emoji (more than " + MAX_EMOJI + ") in a short message"));
        }
    }

    private static void mentions(NormalisedText text, List<Finding> out) {
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
            out.add(Findings.held(
                    FindingType.SPAM,
                    text.originalStart(first),
                    text.originalEnd(last),
                    "TOO_MANY_MENTIONS",
                    "一条消息最多提到 " + MAX_MENTIONS + " 人",
                    "At most " + MAX_MENTIONS + " mentions per message"));
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
}
