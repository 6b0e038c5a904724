package io.huzhu.identity;

import io.huzhu.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** The authenticated caller, as controllers of every module see it. */
public record CurrentUser(UserId id, String username, Set<Role> roles, AccountStatus status, Instant createdAt) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    public boolean isOperator() {
        return has(Role.OPERATOR);
    }

    public Duration accountAge(Instant now) {
        return Duration.between(createdAt, now);
    }
}
