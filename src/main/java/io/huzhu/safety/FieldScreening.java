package io.huzhu.safety;

import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Screens the text fields of a form (display names, group names, descriptions, rules, announcements) through the
 * same pipeline as messages. Unlike a message, a field is never stored masked or held: anything but a clean verdict
 * is a field error that says what was found, so the author can edit.
 */
@Component
public class FieldScreening {

    private final ContentSafety safety;

    FieldScreening(ContentSafety safety) {
        this.safety = safety;
    }

    /** Refuses a name that claims staff's or the platform's authority ({@link ReservedNames}). */
    public void checkName(ReservedNames.Kind kind, String field, String name) {
        ReservedNames.claim(kind, name).ifPresent(word -> {
            throw HuzhuException.invalid(List.of(new FieldError(
                    field,
                    "NAME_RESERVED",
                    "名称不能冒充管理员、客服、官方或平台（" + word + "）/ Names may not claim to be staff, support,"
                            + " official or the platform (" + word + ")")));
        });
    }

    /** Throws a validation problem listing every field the pipeline objects to. */
    /** Texts shorter than this are judged by the rules only, not by the spam model. */
    private static final int SHORT = 16;

    public void check(String surface, Map<String, String> fields) {
        List<FieldError> errors = new ArrayList<>();
        new LinkedHashMap<>(fields).forEach((field, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            Verdict verdict = safety.dryRun(text, ScreenContext.plain(surface));
            // A short name gives the spam model too little to go on ("新名字 3" read as traffic diversion): there only
            // the rules count (personal data, links, lexicon and shape rules, reserved names).
            List<Finding> findings = verdict.findings().stream()
                    .filter(f -> text.strip().length() >= SHORT || !f.rule().startsWith("MODEL_"))
                    .toList();
            if (verdict.action() != Action.ALLOW && !findings.isEmpty()) {
                Finding first = findings.getFirst();
                errors.add(new FieldError(
                        field,
                        "CONTENT_" + first.type().name(),
                        first.explanationZh() + " / " + first.explanationEn()));
            }
        });
        if (!errors.isEmpty()) {
            throw HuzhuException.invalid(errors);
        }
    }
}
