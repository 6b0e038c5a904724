package io.huzhu.risk;

import io.huzhu.shared.UserId;
import java.time.Instant;
import java.util.List;

/**
 * A text screened by the content pipeline, with the types of its findings. Risk control keeps the paid-help ones
 * ({@code PAID_ASSIST}: 有偿求砍, 代砍 offers) against their author.
 */
public interface ContentSignal {

    UserId authorId();

    List<String> findingTypes();

    Instant at();
}
