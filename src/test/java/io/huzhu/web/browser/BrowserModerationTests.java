package io.huzhu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.GroupFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A member reports a message from the feed; the owner handles it in the review queue; the audit log shows it. */
class BrowserModerationTests extends BrowserTestBase {

    @Test
    void theOwnerHandlesAReportFromTheReviewQueueAndTheActionIsAudited() {
        Api.Session owner = api.register("owner");
        GroupFixtures.Group group = groups.create(owner);
        Api.Session poster = groups.member(group, "poster");
        Api.Session reporter = groups.member(group, "reporter");
        String messageId = api.post(
                        "/api/groups/" + group.id() + "/messages",
                        poster.token(),
                        Map.of("kind", "TEXT", "text", "周末谁有空一起去看看新开的店"))
                .json()
                .path("id")
                .asString();

        // the report, from the message's report button
        Browser member = signedIn("reporter", reporter);
        member.go("/groups/" + group.id());
        String message = "#feed .message[data-id='" + messageId + "']";
        member.click(message + " .report-button");
        member.select(message, "reason", "AD");
        member.assertAccessible("feed with the report form open");
        member.click(message + " .report-submit");
        member.waitFor(
                "the report to be filed",
                d -> api.get("/api/groups/" + group.id() + "/moderation/queue", owner.token())
                        .body()
                        .contains(messageId));

        // the owner deletes it from the review queue
        Browser admin = signedIn("owner", owner);
        admin.go("/groups/" + group.id() + "/admin");
        admin.click("#tab-queue");
        String item = "#review-queue .review-item[data-message-id='" + messageId + "']";
        admin.visible(item);
        admin.screenshots("review-queue");
        String reason = "e2e 广告 " + unique("r");
        for (WebElement field : admin.all(item + " [name=reason]")) {
            field.clear();
            field.sendKeys(reason);
        }
        admin.click(item + " button[data-action=DELETE]");
        admin.waitFor(
                "the item to leave the queue",
                d -> d.findElements(By.cssSelector(item)).isEmpty());

        admin.click("#tab-audit");
        WebElement entry = admin.waitFor(
                "the action in the audit log",
                d -> d.findElements(By.cssSelector("#audit-log .audit-entry")).stream()
                        .filter(e -> e.getText().contains(reason))
                        .findFirst()
                        .orElse(null));
        assertThat(entry.getText()).contains(reason);
        admin.screenshots("audit-log");
        assertThat(api.get("/api/groups/" + group.id() + "/audit", owner.token())
                        .body())
                .contains("DELETE")
                .contains(messageId);
    }
}
