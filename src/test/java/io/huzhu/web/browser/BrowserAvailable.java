package io.huzhu.web.browser;

import io.huzhu.support.TestDatabase;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests run once per build, on the embedded H2 database (the app as users run it), and need the installed
 * Chromium and chromedriver. Without them the tests are skipped with a clear message, except in CI
 * ({@code CI=true}), where they run and fail.
 */
class BrowserAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestDatabase.isPostgres()) {
            return ConditionEvaluationResult.disabled("Browser tests run on H2 only (the failsafe execution default)");
        }
        String missing = Browser.missingExecutables();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled(
                    "Chromium at " + Browser.CHROMIUM + ", driver at " + Browser.DRIVER);
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI=true: running, and failing, without " + missing);
        }
        return ConditionEvaluationResult.disabled("SKIPPED: browser tests need " + missing
                + " (apt-get install chromium chromium-driver, or set HUZHU_CHROMIUM / HUZHU_CHROMEDRIVER)");
    }
}
