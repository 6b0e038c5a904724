package io.huzhu.identity;

import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an account looks like to its owner and to admins. */
public record AccountView(
        UserId id,
        String username,
        String displayName,
        Set<Role> roles,
        AccountStatus status,
        @Nullable String statusReason,
        int trustLevel,
        int creditLevel,
        Instant createdAt,
        long accountAgeDays) {}
