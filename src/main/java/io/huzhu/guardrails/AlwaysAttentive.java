package io.huzhu.guardrails;

import io.huzhu.shared.UserId;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Placeholder until breaks and quiet hours exist (issue 14): every member may be notified at any time. */
@Component
class AlwaysAttentive implements Attention {

    @Override
    public boolean mayPush(UserId member, Instant now) {
        return true;
    }
}
