package io.huzhu.guardrails;

import io.huzhu.shared.UserId;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Nothing is pushed to a member on a break or inside their quiet hours (default 22:00–07:00, Asia/Shanghai). */
@Component
class MemberAttention implements Attention {

    private final Preferences preferences;

    MemberAttention(Preferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public boolean mayPush(UserId member, Instant now) {
        Preferences.Prefs prefs = preferences.of(member);
        return !prefs.onBreak(now) && !prefs.quiet(now);
    }
}
