package io.huzhu.group;

import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a group's settings and reports every invalid field at once. */
final class GroupValidator {

    static final int MAX_NAME = 40;
    static final int MAX_DESCRIPTION = 500;
    static final int MAX_RULES = 4000;
    static final int MIN_CAPACITY = 2;
    static final int MAX_CAPACITY = 5000;
    static final int MAX_DOMAINS = 20;

    // Lower-case DNS names of two or more labels ending in an alphabetic or punycode TLD: no schemes, paths,
    // ports, user info or IP addresses. Which part is the registrable domain is the link checker's business.
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})");

    private GroupValidator() {}

    /** Applies the form over {@code base} and validates the result; capacity may not go below {@code size}. */
    static GroupDraft apply(GroupForm form, GroupDraft base, int size) {
        List<FieldError> errors = new ArrayList<>();
        String name = form.name() == null ? base.name() : form.name().strip();
        String description = form.description() == null
                ? base.description()
                : form.description().strip();
        String rules = form.rules() == null ? base.rules() : form.rules().strip();
        int capacity = form.capacity() == null ? base.capacity() : form.capacity();
        boolean approval = form.joinApproval() == null ? base.joinApproval() : form.joinApproval();
        List<String> domains = form.linkAllowlist() == null ? base.linkAllowlist() : domains(form.linkAllowlist());

        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_NAME || hasControl(name, false)) {
            errors.add(new FieldError("name", "LENGTH", "1 to 40 characters, no control characters"));
        }
        if (description.codePointCount(0, description.length()) > MAX_DESCRIPTION || hasControl(description, true)) {
            errors.add(new FieldError("description", "LENGTH", "At most 500 characters"));
        }
        if (rules.isEmpty() || rules.codePointCount(0, rules.length()) > MAX_RULES || hasControl(rules, true)) {
            errors.add(new FieldError("rules", "LENGTH", "1 to 4000 characters; templates are offered"));
        }
        if (capacity < MIN_CAPACITY || capacity > MAX_CAPACITY) {
            errors.add(new FieldError("capacity", "RANGE", "2 to 5000 members"));
        } else if (capacity < size) {
            errors.add(new FieldError("capacity", "BELOW_SIZE", "The group already has " + size + " members"));
        }
        if (domains.size() > MAX_DOMAINS) {
            errors.add(new FieldError("linkAllowlist", "TOO_MANY", "At most 20 domains"));
        }
        for (int i = 0; i < domains.size(); i++) {
            if (!DOMAIN.matcher(domains.get(i)).matches()) {
                errors.add(new FieldError(
                        "linkAllowlist[" + i + "]", "DOMAIN", "A domain name such as pinduoduo.com, without scheme"));
            }
        }
        if (!errors.isEmpty()) {
            throw HuzhuException.invalid(errors);
        }
        return new GroupDraft(name, description, rules, capacity, approval, domains);
    }

    /** Lower-cased, trimmed and de-duplicated, in the order given. */
    static List<String> domains(List<String> typed) {
        Set<String> out = new LinkedHashSet<>();
        typed.forEach(d -> out.add(d == null ? "" : d.strip().toLowerCase(Locale.ROOT)));
        return List.copyOf(out);
    }

    private static boolean hasControl(String text, boolean allowNewlines) {
        return text.codePoints()
                .anyMatch(c -> Character.isISOControl(c) && !(allowNewlines && (c == '\n' || c == '\r' || c == '\t')));
    }
}
