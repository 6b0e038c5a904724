package io.huzhu.web.authz;

import io.huzhu.support.Api;
import io.huzhu.web.authz.Matrix.Role;
import org.jspecify.annotations.Nullable;

/** A caller: its role and, unless anonymous, its session and password (for a fresh token). */
record Actor(Role role, Api.@Nullable Session session, String password) {

    @Nullable
    String token() {
        return session == null ? null : session.token();
    }
}
