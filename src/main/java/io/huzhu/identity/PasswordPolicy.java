package io.huzhu.identity;

import io.huzhu.shared.HuzhuException.FieldError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B (5.1.1.2): 8 to 128 characters, any characters but control characters, no
 * composition rules; refused when it is a common or breached password (the list shipped in
 * {@code identity/common-passwords.txt}), contains the username, or is a run of one repeated pattern or of
 * consecutive characters ("aaaaaaaa", "abababab", "12345678", "87654321"). Passay applies the length, dictionary and
 * username rules.
 */
@Component
class PasswordPolicy {

    static final int MIN = 8;
    static final int MAX = 128;
    private static final String LIST = "identity/common-passwords.txt";

    private final PasswordValidator validator;

    PasswordPolicy() {
        WordListDictionary common = new WordListDictionary(new ArrayWordList(load(), false));
        this.validator = new PasswordValidator(
                new LengthRule(MIN, MAX), new DictionaryRule(common), new UsernameRule(true, true));
    }

    /** Every rule the password breaks, as field errors on {@code password}; empty when it is acceptable. */
    List<FieldError> check(String username, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(error("CONTROL_CHARACTER", "No control characters / 不能包含控制字符"));
            return errors;
        }
        String candidate = password.strip().toLowerCase(Locale.ROOT);
        RuleResult result = validator.validate(new PasswordData(username, candidate));
        for (RuleResultDetail detail : result.getDetails()) {
            switch (detail.getErrorCode()) {
                case LengthRule.ERROR_CODE_MIN, LengthRule.ERROR_CODE_MAX ->
                    errors.add(
                            error("LENGTH", MIN + " to " + MAX + " characters / 密码长度为 " + MIN + " 到 " + MAX + " 个字符"));
                case DictionaryRule.ERROR_CODE ->
                    errors.add(error(
                            "COMMON",
                            "This password is one of the most common or leaked ones; choose another / 这是最常见或已泄露的"
                                    + "密码之一，请换一个"));
                case UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED ->
                    errors.add(error("CONTAINS_USERNAME", "Must not contain the username / 不能包含用户名"));
                default -> errors.add(error("WEAK", "Choose another password / 请换一个密码"));
            }
        }
        if (errors.isEmpty() && (repetitive(candidate) || sequential(candidate))) {
            errors.add(error(
                    "PREDICTABLE",
                    "A repeated pattern or a run of consecutive characters is guessed at once / 重复或连续的字符很容易被猜中"));
        }
        return errors.stream().distinct().toList();
    }

    /** The whole password repeats its first one to four characters. */
    static boolean repetitive(String p) {
        for (int period = 1; period <= 4 && period < p.length(); period++) {
            boolean repeats = true;
            for (int i = period; i < p.length() && repeats; i++) {
                repeats = p.charAt(i) == p.charAt(i - period);
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    /** Every character is one more, or every one less, than the one before. */
    static boolean sequential(String p) {
        if (p.length() < 2) {
            return false;
        }
        int step = p.charAt(1) - p.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < p.length(); i++) {
            if (p.charAt(i) - p.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    private static FieldError error(String code, String message) {
        return new FieldError("password", code, message);
    }

    private static String[] load() {
        InputStream in =
                Objects.requireNonNull(PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST), LIST);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .distinct()
                    .sorted(String.CASE_INSENSITIVE_ORDER)
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
