package io.huzhu.campaign;

import io.huzhu.campaign.RulesPage.Section;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rules page in English: the same sections and figures as {@link ChineseRules}. */
final class EnglishRules implements RulesText {

    private final RulesFormat format;

    EnglishRules(ZoneId zone) {
        this.format = RulesFormat.english(zone);
    }

    @Override
    public String title(CampaignTerms t) {
        return "Rules of \"" + t.title() + "\"";
    }

    @Override
    public Section overview(CampaignTerms t) {
        List<String> items = new ArrayList<>();
        items.add("Campaign: " + t.title());
        items.add("Organiser: " + t.organiser() + ". The organiser runs this campaign and provides the rewards.");
        items.add(
                switch (t.kind()) {
                    case BARGAIN ->
                        "Type: bargain. Friends' assists bring the price down from " + money(t.startPriceCents())
                                + " to " + money(t.floorPriceCents()) + ".";
                    case ASSIST_COUNT ->
                        "Type: assist count. " + t.maxAssists() + " assists from friends unlock the reward for free.";
                    case CASH_TARGET ->
                        "Type: cash target. Friends' assists add up cash; at " + money(t.targetCents())
                                + " it can be withdrawn.";
                });
        if (!t.description().isEmpty()) {
            items.add("About: " + t.description());
        }
        return new Section("Overview", items);
    }

    @Override
    public Section participation(CampaignTerms t) {
        CampaignTerms.Limits l = t.limits();
        List<String> items = new ArrayList<>();
        items.add(
                t.minInitiatorAccountAge().isZero()
                        ? "Any registered member in good standing may start a task; there is no minimum account age."
                        : "Members in good standing whose account is at least "
                                + format.duration(t.minInitiatorAccountAge()) + " old may start a task.");
        items.add(
                t.minHelperAccountAge().isZero()
                        ? "Any registered member in good standing may assist; there is no minimum account age."
                        : "Members in good standing whose account is at least "
                                + format.duration(t.minHelperAccountAge()) + " old may assist.");
        items.add("Each member may have at most " + count(l.maxActiveTasksPerUser(), "open task")
                + " on this campaign at a time and at most " + count(l.maxSuccessesPerUser(), "successful task")
                + " in total.");
        items.add(
                l.helperDailyLimit() == null
                        ? "There is no daily limit on assists."
                        : "Each member may give at most " + count(l.helperDailyLimit(), "assist")
                                + " per calendar day across all campaigns; days are counted in "
                                + format.zoneName() + " and the count resets at 00:00.");
        items.add(
                l.helperCampaignLimit() == null
                        ? "There is no limit on assists per member on this campaign."
                        : "Each member may give at most " + count(l.helperCampaignLimit(), "assist")
                                + " on this campaign.");
        items.add(
                l.helperInitiatorLimit() == null
                        ? "There is no limit on assists to the same initiator."
                        : "Each member may assist the same initiator at most " + count(l.helperInitiatorLimit(), "time")
                                + " on this campaign.");
        items.add("A member can assist a task only once, and never their own task.");
        items.add("Assists that risk control finds to be cheating (bots, bulk-registered accounts, paid help) do not"
                + " count; the member is told why and can appeal.");
        return new Section("Who can take part", items);
    }

    @Override
    public Section reward(CampaignTerms t) {
        List<String> items = new ArrayList<>();
        items.add("Reward: " + t.reward());
        items.add("Quantity: " + count(t.stock(), "reward")
                + " in total, first come, first served. One is reserved for you"
                + " when you start a task; once all are reserved, no new task can start.");
        items.add(
                switch (t.kind()) {
                    case BARGAIN ->
                        "Each task starts at " + money(t.startPriceCents()) + " and succeeds at "
                                + money(t.floorPriceCents()) + ": " + money(t.amountToCut()) + " to cut in total.";
                    case ASSIST_COUNT ->
                        "Each task succeeds with " + t.maxAssists() + " assists; the reward is worth "
                                + money(t.itemValueCents()) + ".";
                    case CASH_TARGET ->
                        "Each task succeeds when it reaches " + money(t.targetCents()) + ", and "
                                + money(t.targetCents()) + " can then be withdrawn.";
                });
        items.add("The organiser commits a budget of " + money(t.budgetCents()) + " to this campaign; each task"
                + " reserves " + money(t.rewardValueCents()) + " of it when it starts.");
        return new Section("Reward and quantity", items);
    }

    @Override
    public Section deadlines(CampaignTerms t) {
        return new Section(
                "Dates and deadlines",
                List.of(
                        "Tasks can be started from " + format.time(t.startsAt()) + " until " + format.time(t.endsAt())
                                + ".",
                        "Each task must be completed within " + format.duration(t.taskLifetime())
                                + " of being started; a task not completed by then ends automatically.",
                        "After the campaign ends no new task can start; tasks already started can still be completed"
                                + " before their own deadline.",
                        "After a task succeeds, the reward must be claimed within " + format.duration(t.claimWindow())
                                + "; an unclaimed reward is forfeited.",
                        "All times on this page are in " + format.zoneName() + "."));
    }

    @Override
    public Section claim(CampaignTerms t) {
        return new Section(
                "How to claim",
                List.of(
                        "A task succeeds when it reaches its target before its deadline; the member who started it"
                                + " claims the reward.",
                        "Each successful task earns one reward, which can be claimed once.",
                        "The reward is reserved when the task starts, so a successful task can always claim it, even"
                                + " if the campaign has run out.",
                        "Claim window: " + format.duration(t.claimWindow()) + " after the task succeeds."));
    }

    @Override
    public Section expiry(CampaignTerms t) {
        String item = switch (t.expiryOption()) {
            case NONE ->
                "A task that has not reached its target by its deadline ends without a reward or"
                        + " any other compensation; the reward reserved for it goes back to other members.";
            case BUY_AT_CURRENT_PRICE ->
                "If a task has not reached " + money(t.floorPriceCents())
                        + " by its deadline, you may buy the item at the price reached so far; if you do not"
                        + " buy, nothing is charged.";
            case COUPON ->
                "If a task has not reached its target by its deadline, you may take a coupon worth"
                        + " the amount " + (t.kind() == CampaignKind.BARGAIN ? "cut" : "collected")
                        + " so far.";
        };
        return new Section("If a task expires", List.of(item));
    }

    @Override
    public Section honesty(CampaignTerms t, @Nullable Integer version, String termsHash) {
        List<String> items = new ArrayList<>();
        if (t.kind().countsCents()) {
            items.add("A task always shows the exact amount left, to the cent; never a percentage or a vague"
                    + " progress bar.");
            items.add("Every assist cuts at least " + money(t.minCutCents()) + "; there are no sub-cent cuts.");
            items.add(
                    t.minAssists() == t.maxAssists()
                            ? "A task needs exactly " + count(t.maxAssists(), "assist")
                                    + " to succeed; this number is fixed when the task starts and never grows."
                            : "A task needs at most " + count(t.maxAssists(), "assist") + " to succeed (at least "
                                    + t.minAssists() + "). This maximum is fixed when the task starts and never"
                                    + " grows.");
        } else {
            items.add("A task always shows exactly how many assists are still needed.");
            items.add("A task needs exactly " + count(t.maxAssists(), "assist") + "; this number is fixed when the task"
                    + " starts and never grows.");
        }
        items.add("Every task's assist schedule ("
                + (t.kind().countsCents() ? "how much each assist cuts" : "what each assist counts")
                + ") is fixed when the task starts and committed by a published SHA-256 hash; when the task ends,"
                + " the random seed behind it is revealed so that anyone can recompute and check it.");
        items.add("There are no paid boosts, paid items or \"assist cards\": paying never changes progress. Do not"
                + " trust offers of paid help.");
        items.add("No fake success stories or rankings (such as \"ahead of 99% of users\") are shown.");
        items.add("These rules are frozen once published. A change is published as a new version; a task always"
                + " keeps the version it started under.");
        items.add(
                version == null
                        ? "Rules preview (not published yet); SHA-256 of the terms: " + termsHash
                        : "Rules version " + version + "; SHA-256 of the terms: " + termsHash);
        return new Section("Our honesty commitments", items);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private String money(@Nullable Long cents) {
        return format.money(cents == null ? 0 : cents);
    }
}
