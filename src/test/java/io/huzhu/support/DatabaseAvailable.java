package io.huzhu.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips PostgreSQL runs with a clear message on a machine without a PostgreSQL server. In CI ({@code CI=true})
 * nothing is skipped: the tests run and fail if the server is missing.
 */
public class DatabaseAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.isPostgres()) {
            return ConditionEvaluationResult.enabled("H2 is embedded");
        }
        if (TestDatabase.postgresReachable() || "true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + TestDatabase.postgresBaseUrl());
        }
        return ConditionEvaluationResult.disabled("SKIPPED: no PostgreSQL server at " + TestDatabase.postgresBaseUrl()
                + " (start it, or set HUZHU_TEST_PG_HOST/PORT); PostgreSQL integration tests did not run");
    }
}
