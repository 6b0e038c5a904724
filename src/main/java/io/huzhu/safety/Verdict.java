package io.huzhu.safety;

import java.util.List;

/**
 * The outcome of screening a text: the strictest action of the findings, the findings, and the text with every
 * personal-data finding masked (the only form of the text that may be stored when the action is MASK).
 */
public record Verdict(Action action, List<Finding> findings, String masked) {

    public static Verdict allow(String text) {
        return new Verdict(Action.ALLOW, List.of(), text);
    }
}
