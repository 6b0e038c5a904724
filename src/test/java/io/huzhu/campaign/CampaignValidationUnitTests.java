package io.huzhu.campaign;

import static io.huzhu.campaign.CampaignFixtures.NOW;
import static io.huzhu.campaign.CampaignFixtures.assistCount;
import static io.huzhu.campaign.CampaignFixtures.bargain;
import static io.huzhu.campaign.CampaignFixtures.cashTarget;
import static io.huzhu.campaign.CampaignFixtures.request;
import static io.huzhu.campaign.CampaignFixtures.with;
import static io.huzhu.campaign.CampaignFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import io.huzhu.shared.HuzhuException.FieldError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CampaignValidationUnitTests {

    private final CampaignValidator validator = new CampaignValidator(CampaignProperties.defaults());

    private CampaignTerms valid(Map<String, Object> json) {
        return validator.validate(request(json), NOW);
    }

    private List<FieldError> errors(Map<String, Object> json) {
        try {
            validator.validate(request(json), NOW);
            return List.of();
        } catch (HuzhuException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            return e.fieldErrors();
        }
    }

    private void assertErrors(Map<String, Object> json, Tuple... expected) {
        assertThat(errors(json))
                .extracting(FieldError::field, FieldError::reason)
                .containsExactlyInAnyOrder(expected);
    }

    @Test
    void appliesTheDefaults() {
        CampaignTerms terms = valid(bargain());
        assertThat(terms.taskLifetime()).isEqualTo(Duration.ofHours(24));
        assertThat(terms.minAssists()).isEqualTo(terms.maxAssists()).isEqualTo(50);
        assertThat(terms.minCutCents()).isEqualTo(1);
        assertThat(terms.limits()).isEqualTo(new CampaignTerms.Limits(1, 1, null, null, null));
        assertThat(terms.minInitiatorAccountAge()).isZero();
        assertThat(terms.minHelperAccountAge()).isZero();
        assertThat(terms.expiryOption()).isEqualTo(ExpiryOption.NONE);
        assertThat(terms.claimWindow()).isEqualTo(Duration.ofDays(7));
        assertThat(terms.description()).isEmpty();
        assertThat(terms.amountToCut()).isEqualTo(9900);
    }

    @Test
    void acceptsEachKind() {
        assertThat(valid(cashTarget()).rewardValueCents()).isEqualTo(2000);
        CampaignTerms assist = valid(assistCount());
        assertThat(assist.amountToCut()).isEqualTo(5);
        assertThat(assist.rewardValueCents()).isEqualTo(1800);
        assertThat(assist.minCutCents()).isEqualTo(1);
    }

    @Test
    void keepsEverySettingThatIsSent() {
        Map<String, Object> json = with(bargain(), "taskLifetime", "PT48H");
        json.put("minAssists", 10);
        json.put("minCutCents", 5);
        json.put("limits", Map.of("maxActiveTasksPerUser", 2, "maxSuccessesPerUser", 3, "helperDailyLimit", 4));
        json.put("minInitiatorAccountAge", "P7D");
        json.put("minHelperAccountAge", "P1D");
        json.put("expiryOption", "BUY_AT_CURRENT_PRICE");
        json.put("claimWindow", "P3D");
        json.put("description", "  第一行\r\n第二行  ");
        CampaignTerms terms = valid(json);
        assertThat(terms.taskLifetime()).isEqualTo(Duration.ofHours(48));
        assertThat(terms.minAssists()).isEqualTo(10);
        assertThat(terms.minCutCents()).isEqualTo(5);
        assertThat(terms.limits()).isEqualTo(new CampaignTerms.Limits(2, 3, 4, null, null));
        assertThat(terms.minInitiatorAccountAge()).isEqualTo(Duration.ofDays(7));
        assertThat(terms.expiryOption()).isEqualTo(ExpiryOption.BUY_AT_CURRENT_PRICE);
        assertThat(terms.claimWindow()).isEqualTo(Duration.ofDays(3));
        assertThat(terms.description()).isEqualTo("第一行\n第二行");
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        assertErrors(
                Map.of(),
                tuple("kind", "REQUIRED"),
                tuple("title", "REQUIRED"),
                tuple("organiser", "REQUIRED"),
                tuple("reward", "REQUIRED"),
                tuple("startsAt", "REQUIRED"),
                tuple("endsAt", "REQUIRED"),
                tuple("maxAssists", "REQUIRED"),
                tuple("stock", "REQUIRED"),
                tuple("budgetCents", "REQUIRED"));
    }

    @Test
    void eachKindRequiresItsAmounts() {
        assertErrors(without(bargain(), "startPriceCents"), tuple("startPriceCents", "REQUIRED"));
        assertErrors(without(bargain(), "floorPriceCents"), tuple("floorPriceCents", "REQUIRED"));
        assertErrors(without(cashTarget(), "targetCents"), tuple("targetCents", "REQUIRED"));
        assertErrors(without(assistCount(), "itemValueCents"), tuple("itemValueCents", "REQUIRED"));
        assertErrors(with(cashTarget(), "targetCents", 0), tuple("targetCents", "TOO_SMALL"));
        assertErrors(with(assistCount(), "itemValueCents", 0), tuple("itemValueCents", "TOO_SMALL"));
    }

    @Test
    void refusesAmountsThatDoNotBelongToTheKind() {
        assertErrors(with(cashTarget(), "floorPriceCents", 0), tuple("floorPriceCents", "NOT_ALLOWED_FOR_KIND"));
        assertErrors(with(cashTarget(), "startPriceCents", 100), tuple("startPriceCents", "NOT_ALLOWED_FOR_KIND"));
        assertErrors(with(bargain(), "targetCents", 100), tuple("targetCents", "NOT_ALLOWED_FOR_KIND"));
        assertErrors(with(bargain(), "itemValueCents", 100), tuple("itemValueCents", "NOT_ALLOWED_FOR_KIND"));
        assertErrors(with(cashTarget(), "itemValueCents", 100), tuple("itemValueCents", "NOT_ALLOWED_FOR_KIND"));
        assertErrors(with(assistCount(), "targetCents", 100), tuple("targetCents", "NOT_ALLOWED_FOR_KIND"));
        assertErrors(with(assistCount(), "floorPriceCents", 0), tuple("floorPriceCents", "NOT_ALLOWED_FOR_KIND"));
        assertErrors(with(assistCount(), "minCutCents", 1), tuple("minCutCents", "NOT_ALLOWED_FOR_KIND"));
    }

    @Test
    void theFloorPriceMustBeBelowTheStartPrice() {
        assertErrors(with(bargain(), "floorPriceCents", 9900), tuple("floorPriceCents", "FLOOR_NOT_BELOW_START"));
        assertErrors(with(bargain(), "floorPriceCents", 10_000), tuple("floorPriceCents", "FLOOR_NOT_BELOW_START"));
        assertThat(valid(with(with(bargain(), "floorPriceCents", 9850), "maxAssists", 50))
                        .amountToCut())
                .isEqualTo(50);
    }

    @ParameterizedTest
    @ValueSource(strings = {"startPriceCents", "floorPriceCents", "budgetCents", "minCutCents"})
    void refusesNegativeAmounts(String field) {
        assertThat(errors(with(bargain(), field, -1)))
                .extracting(FieldError::field, FieldError::reason)
                .contains(tuple(field, "NEGATIVE"));
    }

    @Test
    void refusesNegativeTargetsAndItemValues() {
        assertErrors(with(cashTarget(), "targetCents", -5), tuple("targetCents", "NEGATIVE"));
        assertErrors(with(assistCount(), "itemValueCents", -5), tuple("itemValueCents", "NEGATIVE"));
    }

    @Test
    void refusesAmountsAboveTenMillionYuan() {
        Map<String, Object> huge = with(bargain(), "startPriceCents", 1_000_000_001L);
        huge.put("budgetCents", 1_000_000_001L);
        assertErrors(huge, tuple("startPriceCents", "TOO_LARGE"), tuple("budgetCents", "TOO_LARGE"));
        assertErrors(with(cashTarget(), "targetCents", 1_000_000_001L), tuple("targetCents", "TOO_LARGE"));
        Map<String, Object> largest = with(bargain(), "startPriceCents", 1_000_000_000L);
        largest.put("budgetCents", 1_000_000_000L);
        assertThat(valid(largest).amountToCut()).isEqualTo(1_000_000_000L);
    }

    @Test
    void theWindowMustEndAfterItStartsAndNotBeOver() {
        assertErrors(with(bargain(), "endsAt", "2030-01-01T02:00:00Z"), tuple("endsAt", "NOT_AFTER_START"));
        assertErrors(with(bargain(), "endsAt", "2029-12-31T00:00:00Z"), tuple("endsAt", "NOT_AFTER_START"));
        Map<String, Object> over = with(bargain(), "startsAt", "2029-12-01T00:00:00Z");
        over.put("endsAt", "2030-01-01T00:00:00Z");
        assertErrors(over, tuple("endsAt", "IN_PAST"));
        over.put("endsAt", "2030-01-01T00:00:01Z");
        assertThat(valid(over).endsAt()).isAfter(NOW);
    }

    @Test
    void taskLifetimeIsBetweenOneHourAndThirtyDays() {
        assertErrors(with(bargain(), "taskLifetime", "PT59M59S"), tuple("taskLifetime", "OUT_OF_RANGE"));
        assertErrors(with(bargain(), "taskLifetime", "PT720H1S"), tuple("taskLifetime", "OUT_OF_RANGE"));
        assertThat(valid(with(bargain(), "taskLifetime", "PT1H")).taskLifetime())
                .hasHours(1);
        assertThat(valid(with(bargain(), "taskLifetime", "P30D")).taskLifetime())
                .hasDays(30);
    }

    @Test
    void claimWindowIsBetweenOneHourAndNinetyDays() {
        assertErrors(with(bargain(), "claimWindow", "PT30M"), tuple("claimWindow", "OUT_OF_RANGE"));
        assertErrors(with(bargain(), "claimWindow", "P91D"), tuple("claimWindow", "OUT_OF_RANGE"));
        assertThat(valid(with(bargain(), "claimWindow", "P90D")).claimWindow()).hasDays(90);
        assertThat(valid(with(bargain(), "claimWindow", "PT1H")).claimWindow()).hasHours(1);
    }

    @Test
    void assistCountsAreBetweenOneAndOneHundredThousand() {
        assertErrors(with(bargain(), "minAssists", 0), tuple("minAssists", "OUT_OF_RANGE"));
        assertErrors(with(bargain(), "maxAssists", 0), tuple("maxAssists", "OUT_OF_RANGE"));
        Map<String, Object> tooMany = with(bargain(), "maxAssists", 100_001);
        tooMany.put("startPriceCents", 1_000_000);
        tooMany.put("budgetCents", 1_000_000);
        assertErrors(tooMany, tuple("maxAssists", "OUT_OF_RANGE"));
        tooMany.put("maxAssists", 100_000);
        assertThat(valid(tooMany).maxAssists()).isEqualTo(100_000);
        assertErrors(with(bargain(), "minAssists", 51), tuple("minAssists", "MIN_ABOVE_MAX"));
    }

    @Test
    void theMinimumCutIsAtLeastOneCent() {
        assertErrors(with(bargain(), "minCutCents", 0), tuple("minCutCents", "TOO_SMALL"));
        assertErrors(with(cashTarget(), "minCutCents", 0), tuple("minCutCents", "TOO_SMALL"));
    }

    @Test
    void refusesMoreAssistsThanCentsToCut() {
        // 9900 cents to cut: 99 assists of at least 100 cents cut exactly everything, 100 assists cannot.
        Map<String, Object> exact = with(bargain(), "maxAssists", 99);
        exact.put("minCutCents", 100);
        assertThat(valid(exact).maxAssists()).isEqualTo(99);
        assertErrors(with(exact, "maxAssists", 100), tuple("maxAssists", "MORE_ASSISTS_THAN_CENTS"));
        Map<String, Object> oneCent = with(cashTarget(), "targetCents", 30);
        assertThat(valid(oneCent).maxAssists()).isEqualTo(30);
        assertErrors(with(oneCent, "targetCents", 29), tuple("maxAssists", "MORE_ASSISTS_THAN_CENTS"));
    }

    @Test
    void refusesMoreMinimumAssistsThanCentsToCut() {
        Map<String, Object> json = with(bargain(), "maxAssists", 99);
        json.put("minCutCents", 100);
        json.put("minAssists", 100);
        assertErrors(json, tuple("minAssists", "MIN_ABOVE_MAX"), tuple("minAssists", "MORE_ASSISTS_THAN_CENTS"));
    }

    @Test
    void anAssistCountCampaignNeedsExactlyOneNumberOfAssists() {
        assertErrors(with(assistCount(), "minAssists", 4), tuple("minAssists", "MUST_EQUAL_MAX_ASSISTS"));
        assertErrors(with(assistCount(), "minAssists", 6), tuple("minAssists", "MUST_EQUAL_MAX_ASSISTS"));
        assertThat(valid(with(assistCount(), "minAssists", 5)).minAssists()).isEqualTo(5);
    }

    @Test
    void stockIsBetweenOneAndTenMillion() {
        assertErrors(with(bargain(), "stock", 0), tuple("stock", "OUT_OF_RANGE"));
        assertErrors(with(bargain(), "stock", 10_000_001), tuple("stock", "OUT_OF_RANGE"));
        assertThat(valid(with(bargain(), "stock", 1)).stock()).isEqualTo(1);
        assertThat(valid(with(bargain(), "stock", 10_000_000)).stock()).isEqualTo(10_000_000);
    }

    @Test
    void theBudgetMustPayForAtLeastOneTask() {
        assertErrors(with(bargain(), "budgetCents", 9899), tuple("budgetCents", "BUDGET_BELOW_REWARD"));
        assertThat(valid(with(bargain(), "budgetCents", 9900)).budgetCents()).isEqualTo(9900);
        assertErrors(with(cashTarget(), "budgetCents", 1999), tuple("budgetCents", "BUDGET_BELOW_REWARD"));
        assertErrors(with(assistCount(), "budgetCents", 1799), tuple("budgetCents", "BUDGET_BELOW_REWARD"));
        assertThat(valid(with(assistCount(), "budgetCents", 1800)).budgetCents())
                .isEqualTo(1800);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "maxActiveTasksPerUser",
                "maxSuccessesPerUser",
                "helperDailyLimit",
                "helperCampaignLimit",
                "helperInitiatorLimit"
            })
    void limitsAreAtLeastOne(String limit) {
        assertErrors(with(bargain(), "limits", Map.of(limit, 0)), tuple("limits." + limit, "TOO_SMALL"));
        assertThat(valid(with(bargain(), "limits", Map.of(limit, 1))).limits()).isNotNull();
    }

    @Test
    void accountAgesAreNotNegative() {
        assertErrors(with(bargain(), "minInitiatorAccountAge", "-PT1H"), tuple("minInitiatorAccountAge", "NEGATIVE"));
        assertErrors(with(bargain(), "minHelperAccountAge", "-PT1H"), tuple("minHelperAccountAge", "NEGATIVE"));
        assertErrors(with(bargain(), "minHelperAccountAge", "P3651D"), tuple("minHelperAccountAge", "OUT_OF_RANGE"));
    }

    @Test
    void expiryOptionsDependOnTheKind() {
        assertThat(valid(with(bargain(), "expiryOption", "BUY_AT_CURRENT_PRICE"))
                        .expiryOption())
                .isEqualTo(ExpiryOption.BUY_AT_CURRENT_PRICE);
        assertThat(valid(with(bargain(), "expiryOption", "COUPON")).expiryOption())
                .isEqualTo(ExpiryOption.COUPON);
        assertThat(valid(with(cashTarget(), "expiryOption", "COUPON")).expiryOption())
                .isEqualTo(ExpiryOption.COUPON);
        assertErrors(
                with(cashTarget(), "expiryOption", "BUY_AT_CURRENT_PRICE"),
                tuple("expiryOption", "NOT_ALLOWED_FOR_KIND"));
        assertErrors(
                with(assistCount(), "expiryOption", "BUY_AT_CURRENT_PRICE"),
                tuple("expiryOption", "NOT_ALLOWED_FOR_KIND"));
        assertErrors(with(assistCount(), "expiryOption", "COUPON"), tuple("expiryOption", "NOT_ALLOWED_FOR_KIND"));
    }

    @Test
    void textsHaveLengthLimits() {
        assertThat(valid(with(bargain(), "title", "砍".repeat(80))).title()).hasSize(80);
        assertErrors(with(bargain(), "title", "砍".repeat(81)), tuple("title", "TOO_LONG"));
        assertErrors(with(bargain(), "title", "   "), tuple("title", "REQUIRED"));
        assertErrors(with(bargain(), "organiser", "店".repeat(81)), tuple("organiser", "TOO_LONG"));
        assertErrors(with(bargain(), "organiser", ""), tuple("organiser", "REQUIRED"));
        assertThat(valid(with(bargain(), "reward", "杯".repeat(200))).reward()).hasSize(200);
        assertErrors(with(bargain(), "reward", "杯".repeat(201)), tuple("reward", "TOO_LONG"));
        assertThat(valid(with(bargain(), "description", "说".repeat(2000))).description())
                .hasSize(2000);
        assertErrors(with(bargain(), "description", "说".repeat(2001)), tuple("description", "TOO_LONG"));
    }

    @Test
    void emojiCountAsOneCharacter() {
        assertThat(valid(with(bargain(), "title", "🎁".repeat(80))).title()).isEqualTo("🎁".repeat(80));
    }

    @Test
    void textsHaveNoControlCharacters() {
        assertErrors(with(bargain(), "title", "第一行\n第二行"), tuple("title", "CONTROL_CHARACTERS"));
        assertErrors(with(bargain(), "organiser", "店\u0000"), tuple("organiser", "CONTROL_CHARACTERS"));
        assertErrors(with(bargain(), "reward", "\u202Egnp.exe"), tuple("reward", "CONTROL_CHARACTERS"));
        assertErrors(with(bargain(), "description", "响铃\u0007"), tuple("description", "CONTROL_CHARACTERS"));
        assertThat(valid(with(bargain(), "description", "第一行\n第二行")).description())
                .contains("\n");
    }

    @Test
    void reportsMisspeltSettings() {
        Map<String, Object> json = with(bargain(), "minCut", 5);
        json.put("limits", Map.of("helperDailyLimt", 3));
        assertErrors(json, tuple("minCut", "UNKNOWN_FIELD"), tuple("limits.helperDailyLimt", "UNKNOWN_FIELD"));
    }

    @Test
    void reportsEveryProblemOfOneRequestTogether() {
        Map<String, Object> json = with(cashTarget(), "floorPriceCents", 0);
        json.put("title", "");
        json.put("stock", 0);
        json.put("expiryOption", "BUY_AT_CURRENT_PRICE");
        json.put("taskLifetime", "PT10M");
        assertErrors(
                json,
                tuple("floorPriceCents", "NOT_ALLOWED_FOR_KIND"),
                tuple("title", "REQUIRED"),
                tuple("stock", "OUT_OF_RANGE"),
                tuple("expiryOption", "NOT_ALLOWED_FOR_KIND"),
                tuple("taskLifetime", "OUT_OF_RANGE"));
    }

    @Test
    void storedTermsPassAgain() {
        CampaignTerms terms = valid(with(assistCount(), "minHelperAccountAge", "P1D"));
        assertThat(validator.validate(CampaignRequest.of(terms), NOW)).isEqualTo(terms);
    }

    @Test
    void theFailureIsAValidationProblem() {
        assertThatThrownBy(() -> valid(Map.of()))
                .isInstanceOf(HuzhuException.class)
                .extracting(e -> ((HuzhuException) e).code())
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
    }
}
