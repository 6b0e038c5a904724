package io.huzhu.campaign;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What an operator sends to create, change or dry-run a campaign: the shape of {@link CampaignTerms} with every
 * field optional, so that validation can report every missing or invalid field at once. Unknown properties are
 * collected rather than ignored, so a misspelt setting is reported instead of silently replaced by its default.
 */
record CampaignRequest(
        @Nullable CampaignKind kind,
        @Nullable String title,
        @Nullable String description,
        @Nullable String organiser,
        @Nullable String reward,
        @Nullable Instant startsAt,
        @Nullable Instant endsAt,

        @JsonDeserialize(using = StrictJson.IsoDuration.class) @Nullable
        Duration taskLifetime,

        @JsonDeserialize(using = StrictJson.WholeLong.class) @Nullable
        Long startPriceCents,

        @JsonDeserialize(using = StrictJson.WholeLong.class) @Nullable
        Long floorPriceCents,

        @JsonDeserialize(using = StrictJson.WholeLong.class) @Nullable
        Long targetCents,

        @JsonDeserialize(using = StrictJson.WholeLong.class) @Nullable
        Long itemValueCents,

        @JsonDeserialize(using = StrictJson.WholeInt.class) @Nullable
        Integer minAssists,

        @JsonDeserialize(using = StrictJson.WholeInt.class) @Nullable
        Integer maxAssists,

        @JsonDeserialize(using = StrictJson.WholeLong.class) @Nullable
        Long minCutCents,

        @JsonDeserialize(using = StrictJson.WholeInt.class) @Nullable
        Integer stock,

        @JsonDeserialize(using = StrictJson.WholeLong.class) @Nullable
        Long budgetCents,

        @Nullable Limits limits,

        @JsonDeserialize(using = StrictJson.IsoDuration.class) @Nullable
        Duration minInitiatorAccountAge,

        @JsonDeserialize(using = StrictJson.IsoDuration.class) @Nullable
        Duration minHelperAccountAge,

        @Nullable ExpiryOption expiryOption,

        @JsonDeserialize(using = StrictJson.IsoDuration.class) @Nullable
        Duration claimWindow,

        @JsonAnySetter @Schema(hidden = true) @Nullable Map<String, Object> unknown) {

    /** The optional limits; a missing helper limit means no limit. */
    record Limits(
            @JsonDeserialize(using = StrictJson.WholeInt.class) @Nullable
            Integer maxActiveTasksPerUser,

            @JsonDeserialize(using = StrictJson.WholeInt.class) @Nullable
            Integer maxSuccessesPerUser,

            @JsonDeserialize(using = StrictJson.WholeInt.class) @Nullable
            Integer helperDailyLimit,

            @JsonDeserialize(using = StrictJson.WholeInt.class) @Nullable
            Integer helperCampaignLimit,

            @JsonDeserialize(using = StrictJson.WholeInt.class) @Nullable
            Integer helperInitiatorLimit,

            @JsonAnySetter @Schema(hidden = true) @Nullable Map<String, Object> unknown) {

        static Limits of(CampaignTerms.Limits limits) {
            return new Limits(
                    limits.maxActiveTasksPerUser(),
                    limits.maxSuccessesPerUser(),
                    limits.helperDailyLimit(),
                    limits.helperCampaignLimit(),
                    limits.helperInitiatorLimit(),
                    Map.of());
        }
    }

    /** Names of the properties that are not settings, each with its JSON path. */
    Map<String, Object> unknownProperties() {
        Map<String, Object> all = new LinkedHashMap<>();
        if (unknown != null) {
            all.putAll(unknown);
        }
        if (limits != null && limits.unknown() != null) {
            limits.unknown().forEach((name, value) -> all.put("limits." + name, value));
        }
        return all;
    }

    /** The request that would produce these terms again (to re-check stored terms, for example when publishing). */
    static CampaignRequest of(CampaignTerms terms) {
        boolean assistCount = terms.kind() == CampaignKind.ASSIST_COUNT;
        return new CampaignRequest(
                terms.kind(),
                terms.title(),
                terms.description(),
                terms.organiser(),
                terms.reward(),
                terms.startsAt(),
                terms.endsAt(),
                terms.taskLifetime(),
                terms.startPriceCents(),
                terms.floorPriceCents(),
                terms.targetCents(),
                terms.itemValueCents(),
                terms.minAssists(),
                terms.maxAssists(),
                assistCount ? null : terms.minCutCents(),
                terms.stock(),
                terms.budgetCents(),
                Limits.of(terms.limits()),
                terms.minInitiatorAccountAge(),
                terms.minHelperAccountAge(),
                terms.expiryOption(),
                terms.claimWindow(),
                Map.of());
    }
}
