package io.huzhu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.Fixtures;
import io.huzhu.support.GroupFixtures;
import io.huzhu.support.IntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * End-to-end tests in Chromium against the running app (the integration tests' shared context on H2). Data the
 * scenario is not about is made through the HTTP API ({@link Fixtures}, {@link GroupFixtures}); the browser drives
 * only the scenario. After each test every browser's console must be free of the app's errors (uncaught
 * exceptions, CSP violations, unexpected HTTP errors).
 */
@IntegrationTest
@ExtendWith(BrowserAvailable.class)
abstract class BrowserTestBase {

    static final String PASSWORD = "secret-password";

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GroupFixtures groups;

    private final Map<String, Browser> browsers = new LinkedHashMap<>();

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent()) {
            browsers.forEach((who, browser) ->
                    browser.saveFailure(context.getRequiredTestMethod().getName() + "-" + who));
        }
    };

    /** A fresh browser session (own profile and cookies), named for error messages. */
    Browser browser(String who) {
        Browser browser = Browser.open(api.base());
        browsers.put(who, browser);
        return browser;
    }

    /** A member made through the API, signed in through the login form of a fresh browser. */
    Browser signedIn(String who, Api.Session member) {
        Browser browser = browser(who);
        browser.signIn(member.username(), PASSWORD);
        return browser;
    }

    static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void closeBrowsers(TestInfo test) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        List<RuntimeException> failures = new ArrayList<>();
        browsers.forEach((who, browser) -> {
            try {
                List<String> found = browser.appErrors();
                if (!found.isEmpty()) {
                    errors.put(who, found);
                }
            } catch (RuntimeException e) {
                failures.add(e);
            } finally {
                browser.close();
            }
        });
        browsers.clear();
        assertThat(failures).as("reading the browser logs").isEmpty();
        assertThat(errors)
                .as(
                        "JavaScript errors, CSP violations or unexpected HTTP errors in the browser console during %s",
                        test.getDisplayName())
                .isEmpty();
    }
}
