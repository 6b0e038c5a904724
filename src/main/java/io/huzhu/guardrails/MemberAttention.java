package io.huzhu.guardrails;

import io.huzhu.shared.UserId;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Nothing is pushed to a member on a break or inside their quiet hours (default 22:00–07:00, Asia/Shanghai). */
@Component
class MemberAttention implements Attention {

    private final MemberPreferences preferences;

    MemberAttention(MemberPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public boolean mayPush(UserId member, Instant now) {
        MemberPreferences.Prefs prefs = preferences.of(member);
        return !prefs.onBreak(now) && !prefs.quiet(now);
    }
}
