package io.huzhu.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of terms: canonical JSON (properties sorted by name at every level, absent amounts left out,
 * durations and instants as ISO-8601 strings) and its SHA-256. The hash is taken over the exact stored text, so
 * anyone holding that text can recompute it; a later change of the application's JSON settings cannot break the
 * hash of a version already published.
 */
@Component
class TermsJson {

    private final JsonMapper canonical;

    TermsJson(JsonMapper json) {
        // Records serialise in declaration order unless creator properties are sorted too.
        this.canonical = json.rebuild()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS, DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DateTimeFeature.TRUNCATE_TO_MSECS_ON_WRITE)
                .changeDefaultPropertyInclusion(
                        incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
    }

    String write(CampaignTerms terms) {
        return canonical.writeValueAsString(terms);
    }

    CampaignTerms read(String json) {
        return canonical.readValue(json, CampaignTerms.class);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
