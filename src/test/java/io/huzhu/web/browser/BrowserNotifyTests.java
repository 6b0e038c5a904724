package io.huzhu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.huzhu.notify.WebhookReceiver;
import io.huzhu.support.Api;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The inbox with its unread badge and settings, and a group owner's webhook settings with the delivery log. */
class BrowserNotifyTests extends BrowserTestBase {

    @Test
    void theInboxShowsCoalescedAssistsWithAnUnreadBadgeInChineseAndEnglish() {
        Api.Session owner = api.register("inbox");
        UUID campaign = fixtures.publish(fixtures.bargain());
        String task = fixtures.start(owner, campaign).path("id").asString();
        for (int i = 0; i < 2; i++) {
            fixtures.assist(api.register("helper" + i), task);
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/me/notifications/unread", owner.token())
                                .json()
                                .path("unread")
                                .asLong()
                        == 1);

        Browser browser = signedIn("owner", owner);
        browser.go("/");
        assertThat(browser.visible("#inbox-badge").getText()).isEqualTo("1");
        browser.click("#nav-inbox");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-list"), "2 位群友帮你砍了一刀"));
        browser.screenshots("inbox", "#inbox-list");

        browser.click("#lang-switch");
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-list"), "2 members helped your task"));
        browser.click("#lang-switch");

        browser.click("#inbox-list .mark-read");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("inbox-badge")));
        assertThat(browser.all("#inbox-list .inbox-item.unread")).isEmpty();

        browser.click("#inbox-settings");
        assertThat(browser.visible("#pref-MODERATION").isEnabled()).isFalse();
        assertThat(browser.visible("#pref-MODERATION").isSelected()).isTrue();
        browser.click("#pref-ASSISTED");
        browser.visible("#prefs-saved");
        assertThat(api.get("/api/me/notification-preferences", owner.token()).body())
                .contains("\"kind\":\"ASSISTED\",\"enabled\":false");
        browser.screenshots("inbox-settings");
    }

    @Test
    void aGroupOwnerSubscribesAWebhookSeesTheSecretOnceAndReadsTheDeliveryLog() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            Api.Session owner = api.register("hooks");
            var group = groups.create(owner);
            Browser browser = signedIn("owner", owner);
            browser.go("/groups/" + group.id());
            browser.click("#group-webhooks-link");

            browser.type("#hook-form", "url", "https://10.0.0.7/hook");
            browser.expectHttpError(422);
            browser.submit("#hook-form");
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#hook-form .alert"), "只接受公网 HTTPS 地址"));

            browser.type("#hook-form", "url", receiver.url("/browser"));
            browser.click("#event-member\\.joined");
            browser.submit("#hook-form");
            assertThat(browser.visible("#hook-secret").getText()).startsWith("whsec_");
            assertThat(browser.visible("#hook-list .hook-url").getText()).startsWith("http://127.0.0.1:");
            browser.screenshots("webhooks", "#hook-list");

            groups.member(group, "joiner");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> !receiver.at("/browser").isEmpty());
            browser.click("#hook-list .hook-log");
            browser.waitFor(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("delivery-list"), "member.joined"));
            browser.waitFor(d -> {
                d.navigate().refresh();
                return d.findElements(By.cssSelector("#delivery-list .delivery-delivered"))
                                .size()
                        == 1;
            });
            browser.click("#delivery-list .redeliver");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> receiver.at("/browser").size() == 2);
            browser.screenshots("webhook-log", "#delivery-list");
        }
    }
}
