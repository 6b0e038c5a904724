package io.huzhu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

class BrowserLanguageTests extends BrowserTestBase {

    @Test
    void theLanguageSwitchTurnsTheAppIntoEnglishAndBack() {
        Api.Session member = api.register("lang");
        Browser browser = signedIn("member", member);
        browser.go("/");
        browser.visible("#view h1");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");
        assertThat(browser.visible("#nav-groups").getText()).isEqualTo("互助群");
        assertThat(browser.visible("#nav-campaigns").getText()).isEqualTo("活动");
        String chineseTitle = browser.visible("#view h1").getText();
        browser.screenshots("home");

        browser.click("#lang-switch");

        browser.present("html[lang=en]");
        browser.waitFor(ExpectedConditions.textToBe(org.openqa.selenium.By.id("nav-groups"), "Groups"));
        assertThat(browser.visible("#nav-campaigns").getText()).isEqualTo("Campaigns");
        assertThat(browser.visible("#lang-switch").getText()).isEqualTo("中文");
        assertThat(browser.visible("#view h1").getText())
                .isNotEqualTo(chineseTitle)
                .doesNotContainPattern("\\p{IsHan}");
        assertThat(browser.script("return localStorage.getItem('huzhu.lang')")).isEqualTo("en");

        // the choice survives a reload
        browser.driver.navigate().refresh();
        browser.waitFor(ExpectedConditions.textToBe(org.openqa.selenium.By.id("nav-groups"), "Groups"));
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        browser.screenshots("home-en");

        browser.click("#lang-switch");

        browser.present("html[lang='zh-CN']");
        browser.waitFor(ExpectedConditions.textToBe(org.openqa.selenium.By.id("nav-groups"), "互助群"));
        assertThat(browser.visible("#nav-campaigns").getText()).isEqualTo("活动");
        assertThat(browser.visible("#lang-switch").getText()).isEqualTo("English");
        assertThat(browser.visible("#view h1").getText()).isEqualTo(chineseTitle);
    }
}
