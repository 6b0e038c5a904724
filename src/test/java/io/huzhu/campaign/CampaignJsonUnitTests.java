package io.huzhu.campaign;

import static io.huzhu.campaign.CampaignFixtures.JSON;
import static io.huzhu.campaign.CampaignFixtures.NOW;
import static io.huzhu.campaign.CampaignFixtures.bargain;
import static io.huzhu.campaign.CampaignFixtures.request;
import static io.huzhu.campaign.CampaignFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

class CampaignJsonUnitTests {

    private final TermsJson terms = new TermsJson(JSON);
    private final CampaignValidator validator = new CampaignValidator(CampaignProperties.defaults());

    private CampaignTerms sample() {
        Map<String, Object> json = with(bargain(), "limits", Map.of("helperDailyLimit", 3));
        json.put("description", "说明");
        return validator.validate(request(json), NOW);
    }

    @Test
    void canonicalJsonSortsPropertiesAtEveryLevel() {
        JsonNode tree = JSON.readTree(terms.write(sample()));
        assertThat(names(tree)).isSorted().contains("budgetCents", "kind", "limits", "taskLifetime");
        assertThat(names(tree.path("limits"))).isSorted().contains("helperDailyLimit", "maxActiveTasksPerUser");
    }

    @Test
    void canonicalJsonLeavesOutAbsentAmountsAndWritesIsoTimes() {
        String text = terms.write(sample());
        assertThat(text)
                .doesNotContain("targetCents")
                .doesNotContain("itemValueCents")
                .doesNotContain("helperCampaignLimit")
                .doesNotContain("null")
                .contains("\"taskLifetime\":\"PT24H\"")
                .contains("\"claimWindow\":\"PT168H\"")
                .contains("\"startsAt\":\"2030-01-01T02:00:00Z\"")
                .contains("\"startPriceCents\":9900");
    }

    @Test
    void theSameTermsGiveTheSameTextAndHash() {
        String first = terms.write(sample());
        String second = terms.write(terms.read(first));
        assertThat(second).isEqualTo(first);
        assertThat(TermsJson.sha256(second))
                .isEqualTo(TermsJson.sha256(first))
                .hasSize(64)
                .matches("[0-9a-f]+");
        assertThat(terms.read(first)).isEqualTo(sample());
    }

    @Test
    void aChangedTermChangesTheHash() {
        String changed = terms.write(validator.validate(request(with(bargain(), "stock", 101)), NOW));
        assertThat(TermsJson.sha256(changed)).isNotEqualTo(TermsJson.sha256(terms.write(sample())));
    }

    @Test
    void sha256MatchesTheStandardTestVector() {
        assertThat(TermsJson.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"startPriceCents\": 12.5}",
                "{\"startPriceCents\": \"1250\"}",
                "{\"budgetCents\": 1e3}",
                "{\"stock\": 7.0}",
                "{\"maxAssists\": true}",
                "{\"stock\": 3000000000}",
                "{\"limits\": {\"helperDailyLimit\": 2.5}}",
                "{\"taskLifetime\": 3600}",
                "{\"taskLifetime\": \"24 hours\"}",
                "{\"kind\": \"LOTTERY\"}"
            })
    void refusesLenientInput(String body) {
        assertThatThrownBy(() -> JSON.readValue(body, CampaignRequest.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void readsWholeNumbersAndIsoDurations() {
        CampaignRequest request = JSON.readValue(
                "{\"startPriceCents\": 1250, \"stock\": 7, \"taskLifetime\": \"P2D\", \"minAssists\": null}",
                CampaignRequest.class);
        assertThat(request.startPriceCents()).isEqualTo(1250L);
        assertThat(request.stock()).isEqualTo(7);
        assertThat(request.taskLifetime()).hasDays(2);
        assertThat(request.minAssists()).isNull();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
