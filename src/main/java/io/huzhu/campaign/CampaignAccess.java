package io.huzhu.campaign;

import io.huzhu.identity.CurrentUser;
import io.huzhu.identity.Role;
import io.huzhu.shared.CampaignId;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who may see and change a campaign. A draft is invisible to everyone but its operator and admins: to others it
 * does not exist (404), so drafts leak nothing. A published campaign is public, but only its operator or an admin
 * may change it.
 */
final class CampaignAccess {

    private CampaignAccess() {}

    static boolean canManage(CampaignRow row, @Nullable CurrentUser user) {
        return user != null
                && (user.id().equals(row.operatorId()) || user.roles().contains(Role.ADMIN));
    }

    static CampaignRow visible(Optional<CampaignRow> found, @Nullable CurrentUser user) {
        CampaignRow row = found.orElseThrow(() -> HuzhuException.of(ErrorCode.CAMPAIGN_NOT_FOUND));
        if (row.status() == CampaignStatus.DRAFT && !canManage(row, user)) {
            throw HuzhuException.of(ErrorCode.CAMPAIGN_NOT_FOUND);
        }
        return row;
    }

    static CampaignRow managed(Optional<CampaignRow> found, CurrentUser user) {
        CampaignRow row = visible(found, user);
        if (!canManage(row, user)) {
            throw new HuzhuException(ErrorCode.FORBIDDEN, "Only the campaign's operator or an admin may change it");
        }
        return row;
    }

    /** A path id that is not a UUID names no campaign: 404, like any unknown id. */
    static CampaignId parseId(String id) {
        try {
            return CampaignId.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw HuzhuException.of(ErrorCode.CAMPAIGN_NOT_FOUND);
        }
    }
}
