package io.huzhu.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identity of a campaign; other modules refer to a campaign by this id only. */
public record CampaignId(@JsonValue UUID value) {

    public CampaignId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static CampaignId of(UUID value) {
        return new CampaignId(value);
    }

    public static CampaignId next() {
        return new CampaignId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
