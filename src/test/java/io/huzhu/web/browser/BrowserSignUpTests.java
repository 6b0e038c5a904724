package io.huzhu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Sign-up refusals (issue 11) read as sentences under the field that caused them, never as a code. */
class BrowserSignUpTests extends BrowserTestBase {

    @Test
    void aCommonPasswordAndAStaffNameAreExplainedUnderTheirFields() {
        Browser browser = browser("signup");
        browser.expectHttpError(400); // the refusals, on purpose
        browser.go("/register");
        browser.visible("#register-form");
        browser.type("#register-form", "username", "newcomer" + System.nanoTime() % 100000);
        browser.type("#register-form", "displayName", "官方客服小王");
        browser.type("#register-form", "password", "password123");
        browser.submit("#register-form");

        assertThat(fieldErrors(browser)).contains("这是最常见或已泄露的密码之一").doesNotContain("COMMON");

        browser.type("#register-form", "password", "quiet-river-lantern");
        browser.submit("#register-form");
        browser.waitFor(d -> fieldErrors(browser).contains("名称不能冒充管理员、客服、官方或平台"));
        assertThat(fieldErrors(browser)).doesNotContain("NAME_RESERVED").doesNotContain("常见");
        browser.screenshots("signup-refused");
        assertThat(browser.route()).isEqualTo("/register");
    }

    private static String fieldErrors(Browser browser) {
        browser.waitFor(
                "a field error",
                d -> !d.findElements(By.cssSelector("#register-form .field-error:not([hidden])"))
                        .isEmpty());
        return String.join(
                "\n",
                browser.driver.findElements(By.cssSelector("#register-form .field-error")).stream()
                        .filter(e -> e.isDisplayed())
                        .map(e -> e.getText())
                        .toList());
    }
}
