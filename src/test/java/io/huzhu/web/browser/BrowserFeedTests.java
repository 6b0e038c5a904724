package io.huzhu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huzhu.support.Api;
import io.huzhu.support.GroupFixtures;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/** A group's live feed: tasks posted for help, assists from the cards, refused and hostile messages. */
class BrowserFeedTests extends BrowserTestBase {

    private static final Pattern TASK_ROUTE = Pattern.compile("^/tasks/([0-9a-f-]{36})$");

    @Test
    void anAssistFromAnotherSessionUpdatesTheRequestersCardLiveWithoutAReload() {
        UUID campaign = fixtures.publish(fixtures.bargain());
        GroupFixtures.Group group = groups.create(api.register("owner"));
        Api.Session helper = groups.member(group, "helper");

        // the requester signs up in the browser, starts a task and joins the group by its invite code
        Browser requester = browser("requester");
        requester.signUp(unique("req"), "阿丽", PASSWORD);
        requester.go("/campaigns");
        requester.visible("a.campaign-link[href*='" + campaign + "']");
        requester.assertAccessible("campaign list");
        requester.click("a.campaign-link[href*='" + campaign + "']");
        requester.visible("#rules");
        requester.assertAccessible("campaign");
        requester.click("button#start-task");
        String taskId = requester.waitFor("the task page", d -> {
            var m = TASK_ROUTE.matcher(requester.route());
            return m.matches() ? m.group(1) : null;
        });
        assertThat(requester.visible("#task-progress").getDomAttribute("data-progress"))
                .isNotNull();
        assertThat(requester.visible("#task-remaining").getText()).contains("100");
        requester.visible("#share-code");
        requester.waitFor(
                "the share QR code to load",
                d -> (Boolean)
                        requester.script(
                                "const img = document.querySelector('img#share-qr'); return !!img && img.complete && img.naturalWidth > 0"));
        requester.screenshots("task");

        // the assist landing page a shared link opens (the requester's own view of it)
        String shareCode = requester.visible("#share-code").getText().trim();
        requester.go("/t/" + shareCode);
        requester.visible("#task-initiator");
        requester.assertAccessible("assist landing");

        requester.go("/groups");
        requester.visible("#join-form");
        requester.assertAccessible("group list");
        requester.type("#join-form", "code", group.inviteCode());
        requester.submit("#join-form");
        requester.visible("#group-rules");
        requester.screenshots("group-preview");
        requester.click("button#join-confirm");
        requester.waitFor("the group's feed", d -> requester.route().startsWith("/groups/" + group.id()));
        requester.visible("#feed");

        requester.select("#post-task-form", "taskId", taskId);
        requester.submit("#post-task-form");
        String card = "#feed .task-card[data-task-id='" + taskId + "']";
        String before = requester.visible(card + " .task-remaining").getText();
        requester.script("window.__e2eNotReloaded = 'still here'");

        // another member, in another browser, assists from the card
        Browser other = signedIn("helper", helper);
        other.go("/groups/" + group.id());
        other.click(card + " .assist-button");

        String after = requester.waitFor("the requester's card to show the new remaining amount", d -> {
            String now =
                    d.findElement(By.cssSelector(card + " .task-remaining")).getText();
            return now.equals(before) ? null : now;
        });
        JsonNode task = api.get("/api/tasks/" + taskId, null).json();
        long remaining = task.path("remaining").asLong();
        assertThat(remaining).isLessThan(10_000);
        assertThat(after).contains(yuan(remaining));
        assertThat(requester.script("return window.__e2eNotReloaded")).isEqualTo("still here");
        requester.screenshots("feed");
    }

    @Test
    void aMessageWithAnIdCardNumberIsRefusedWithAnExplanationAndNeverReachesTheFeed() {
        GroupFixtures.Group group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "pii");
        Browser browser = signedIn("member", member);
        browser.expectHttpError(422); // the refusal, on purpose
        browser.go("/groups/" + group.id());
        browser.visible("#feed");

        browser.type("#message-form", "text", "我的身份证号是11010519491231002X,帮我填一下表");
        browser.submit("#message-form");

        WebElement alert = browser.visible("#message-form .alert");
        assertThat(alert.getText()).contains("身份证").doesNotContain("CONTENT_REJECTED");
        browser.screenshots("composer-refused");

        // a harmless message afterwards arrives, the refused one never does
        browser.type("#message-form", "text", "大家好,我是新来的");
        browser.submit("#message-form");
        browser.waitFor(
                "the harmless message in the feed",
                d -> feedTexts(browser).stream().anyMatch(t -> t.contains("大家好,我是新来的")));
        assertThat(feedTexts(browser)).noneMatch(t -> t.contains("11010519491231002X"));
        assertThat(browser.visible("#feed").getText()).doesNotContain("11010519491231002X");
        assertThat(api.get("/api/groups/" + group.id() + "/messages", member.token())
                        .body())
                .doesNotContain("11010519491231002X")
                .contains("大家好");
    }

    @Test
    void markupInAMessageIsShownAsTextAndNeverRuns() {
        GroupFixtures.Group group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "xss");
        String hostile = "看看这个 <script>window.__xss=1</script> <img src=x onerror=\"window.__xss=2\"> 好玩";
        Browser browser = signedIn("member", member);
        browser.go("/groups/" + group.id());
        browser.visible("#feed");

        browser.type("#message-form", "text", hostile);
        browser.submit("#message-form");

        WebElement shown = browser.waitFor(
                "the message as literal text",
                d -> d.findElements(By.cssSelector("#feed .message-text")).stream()
                        .filter(e -> e.getText().contains("<script>window.__xss=1</script>"))
                        .findFirst()
                        .orElse(null));
        assertThat(shown.getText()).contains("<img src=x onerror=\"window.__xss=2\">");
        assertThat(shown.findElements(By.cssSelector("script, img"))).isEmpty();
        assertThat(browser.script("return typeof window.__xss")).isEqualTo("undefined");

        // rendered again from the server on a fresh load
        browser.driver.navigate().refresh();
        browser.waitFor(
                "the message after a reload",
                d -> feedTexts(browser).stream().anyMatch(t -> t.contains("onerror=\"window.__xss=2\"")));
        assertThat(browser.all("#feed .message-text script, #feed .message-text img"))
                .isEmpty();
        assertThat(browser.script("return typeof window.__xss")).isEqualTo("undefined");
    }

    @Test
    void aMemberWritesAndSendsAMessageWithTheKeyboardOnly() {
        GroupFixtures.Group group = groups.create(api.register("owner"));
        Api.Session member = groups.member(group, "keys");
        Browser browser = signedIn("member", member);
        browser.go("/groups/" + group.id());
        browser.visible("#message-form textarea[name=text]");
        // a fresh load of the page: the focus starts at the top of the document, nothing focused yet
        browser.driver.navigate().refresh();
        browser.visible("#message-form textarea[name=text]");
        assertThat(browser.script("return document.activeElement === document.body"))
                .isEqualTo(true);

        String text = "键盘发的消息 " + unique("k");
        WebElement textarea = browser.tabTo("#message-form textarea[name=text]", 80);
        browser.press(text);
        assertThat(textarea.getDomProperty("value")).isEqualTo(text);
        browser.tabTo("#message-form button[type=submit]", 5);
        browser.press(Keys.ENTER);

        browser.waitFor(
                "the keyboard's message in the feed",
                d -> feedTexts(browser).stream().anyMatch(t -> t.contains(text)));
        assertThat(api.get("/api/groups/" + group.id() + "/messages", member.token())
                        .body())
                .contains(text);
    }

    @Test
    void theConsoleCheckCatchesACspViolation() {
        // the after-each console check is only worth something if it sees what it is meant to see
        Browser browser = browser("visitor");
        browser.go("/");
        browser.visible("#nav-campaigns");
        browser.script("const s = document.createElement('script'); s.textContent = 'window.__inline = 1';"
                + " document.head.appendChild(s);");
        assertThat(browser.script("return typeof window.__inline")).isEqualTo("undefined");
        java.util.List<String> errors = browser.waitFor("the CSP violation in the console", d -> {
            var found = browser.appErrors();
            return found.isEmpty() ? null : found;
        });
        assertThat(errors).anyMatch(e -> e.contains("Content Security Policy"));
        browser.forgetLog();
    }

    @Test
    void theAccessibilityCheckCatchesWhatItIsMeantToCatch() {
        // the accessibility check is only worth something if it fails on the defects it is meant to find
        Browser browser = browser("visitor");
        browser.go("/");
        browser.visible("#view h1");
        browser.assertAccessible("home (before the planted defects)");
        browser.script("const view = document.getElementById('view');"
                + " const input = document.createElement('input'); input.id = 'planted-input'; view.append(input);"
                + " const button = document.createElement('button'); button.className = 'planted-icon'; view.append(button);"
                + " const img = document.createElement('img'); img.id = 'planted-img'; img.width = 20; img.height = 20;"
                + " view.append(img);"
                + " const link = document.createElement('a'); link.href = '#/'; link.id = 'planted-link';"
                + " link.textContent = 'x'; link.tabIndex = -1; view.append(link);"
                + " const wide = document.createElement('div'); wide.id = 'planted-wide'; wide.textContent = 'wide';"
                + " wide.style.width = '900px'; view.append(wide);");
        assertThatThrownBy(() -> browser.assertAccessible("home with planted defects"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("home with planted defects (phone, 375 px)")
                .hasMessageContaining("input[type=text]#planted-input")
                .hasMessageContaining("button.planted-icon")
                .hasMessageContaining("img#planted-img")
                .hasMessageContaining("a#planted-link")
                .hasMessageContaining("scrolls sideways at 375 px")
                .hasMessageContaining("div#planted-wide");
        browser.script("document.getElementById('planted-wide').remove()");
        assertThatThrownBy(() -> browser.assertAccessible("home with planted defects"))
                .hasMessageContaining("img#planted-img")
                .hasMessageNotContaining("scrolls sideways");
    }

    private static java.util.List<String> feedTexts(Browser browser) {
        return browser.all("#feed .message-text").stream()
                .map(WebElement::getText)
                .toList();
    }

    /** 9712 cents as "97.12", the way amounts are shown. */
    static String yuan(long cents) {
        return "%d.%02d".formatted(cents / 100, cents % 100);
    }
}
