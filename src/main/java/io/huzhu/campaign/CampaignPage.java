package io.huzhu.campaign;

import io.huzhu.shared.CampaignId;
import io.huzhu.shared.TimeRange;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One page of campaigns, newest first, and the opaque cursor of the next page (absent on the last page).
 */
record CampaignPage(List<CampaignView> items, @Nullable String nextCursor) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    static String cursor(CampaignRow last) {
        String raw = last.createdAt() + "/" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static CampaignRepository.@Nullable Cursor parse(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            int slash = raw.indexOf('/');
            Instant createdAt = Instant.parse(raw.substring(0, slash));
            if (!TimeRange.contains(createdAt)) {
                throw new IllegalArgumentException("out of range");
            }
            return new CampaignRepository.Cursor(createdAt, CampaignId.of(UUID.fromString(raw.substring(slash + 1))));
        } catch (RuntimeException e) {
            throw Violations.single("cursor", Violations.Reason.INVALID, "Use the nextCursor of a previous page");
        }
    }

    static int limit(@Nullable Integer requested) {
        return requested == null ? DEFAULT_LIMIT : Math.clamp(requested, 1, MAX_LIMIT);
    }
}
