package io.huzhu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.Api;
import io.huzhu.support.GroupFixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The help queue's reasons, the owed-help line, its live update, and the composer's posting rules (issue 15). */
class HelpQueueBrowserTests extends BrowserTestBase {

    @Test
    void theQueueSaysWhyAndWhoIsOwedAndTheComposerExplainsTheRulesBeforePosting() {
        GroupFixtures.Group group = groups.create(api.register("owner"));
        Api.Session viewer = groups.member(group, "viewer");
        Api.Session helper = groups.member(group, "helper");
        String messages = "/api/groups/" + group.id() + "/messages";

        // the helper helps the viewer's request and the viewer confirms it: the viewer now owes the helper
        UUID mine = postLink(messages, viewer, "https://mobile.yangkeduo.com/x?id=b1");
        assertThat(api.post(messages + "/" + mine + "/helped", helper.token(), "")
                        .status())
                .isEqualTo(201);
        assertThat(api.post(
                                messages + "/" + mine + "/confirmations",
                                viewer.token(),
                                Map.of("helperId", helper.id().toString(), "decision", "CONFIRM"))
                        .status())
                .isEqualTo(200);
        assertThat(api.put(
                                "/api/groups/" + group.id() + "/policies",
                                group.owner().token(),
                                Map.of("helpBeforePost", 1, "maxPostsPerDay", 3))
                        .status())
                .isEqualTo(200);
        UUID helpersRequest = postLink(messages, helper, "https://mobile.yangkeduo.com/x?id=b2");

        Browser browser = signedIn("viewer", viewer);
        browser.go("/groups/" + group.id() + "/queue");
        String item = "#help-queue .queue-item[data-message-id='" + helpersRequest + "']";
        assertThat(browser.visible(item + " .reason[data-reason='YOU_OWE']").getText())
                .isEqualTo("TA 帮过你,你还没回助");
        assertThat(browser.visible("#owed-help").getText()).contains("1 位群友帮过你,还没回助");
        assertThat(browser.visible("#my-standing .standing-level").getText()).contains("你帮别人和别人帮你差不多");
        assertThat(browser.visible("#my-standing [data-tip='HELP_BACK']").getText())
                .contains("回助帮过你的 1 位群友");
        browser.waitFor(
                "the live stream",
                d -> "live".equals(browser.script("return document.querySelector('#queue-live')?.dataset.state")));
        browser.assertAccessible("help queue");
        browser.screenshots("help-queue");

        // a new request appears without a reload
        browser.script("window.__e2eNotReloaded = 'still here'");
        UUID later = postLink(messages, helper, "https://mobile.yangkeduo.com/x?id=b3");
        browser.visible("#help-queue .queue-item[data-message-id='" + later + "']");
        assertThat(browser.script("return window.__e2eNotReloaded")).isEqualTo("still here");

        // the composer tells the viewer, before they try, that they must help once first
        browser.go("/groups/" + group.id());
        assertThat(browser.visible("#composer-rules #post-allowed").getText()).isEqualTo("现在还不能发求助,原因如下:");
        assertThat(browser.visible("#composer-rules [data-rule='HELP_FIRST']").getText())
                .contains("先帮助别人 1 次", "你已帮助 0 次,还差 1 次");
        assertThat(browser.visible("#composer-rules [data-rule='DAILY_POSTS']").getText())
                .contains("每人每天最多发 3 条求助");
        browser.screenshots("composer-rules", "#composer-rules");
    }

    private UUID postLink(String messages, Api.Session member, String link) {
        Api.Response posted = api.post(messages, member.token(), Map.of("kind", "LINK", "link", link));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        return UUID.fromString(posted.json().path("id").asString());
    }
}
