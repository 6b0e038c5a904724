package io.huzhu.reciprocity;

import static io.huzhu.shared.Sql.ts;

import io.huzhu.shared.GroupId;
import io.huzhu.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Posting policies per group and the daily post counters they are enforced with. */
@Repository
class PolicyRepository {

    private final JdbcClient jdbc;

    PolicyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PostingPolicy find(GroupId group) {
        return jdbc.sql("select help_before_post, max_posts_per_day, balance_floor from group_policy"
                        + " where group_id = :group")
                .param("group", group.value())
                .query((rs, n) -> new PostingPolicy(
                        rs.getInt("help_before_post"),
                        rs.getInt("max_posts_per_day"),
                        rs.getObject("balance_floor", Integer.class)))
                .optional()
                .orElse(PostingPolicy.OFF);
    }

    void save(GroupId group, PostingPolicy policy, UserId by, Instant now) {
        jdbc.sql("insert into group_policy (group_id, updated_at, updated_by) values (:group, :now, :by)"
                        + " on conflict do nothing")
                .param("group", group.value())
                .param("now", ts(now))
                .param("by", by.value())
                .update();
        jdbc.sql("""
                        update group_policy set help_before_post = :help, max_posts_per_day = :posts,
                            balance_floor = :floor, updated_at = :now, updated_by = :by
                        where group_id = :group
                        """)
                .param("help", policy.helpBeforePost())
                .param("posts", policy.maxPostsPerDay())
                .param("floor", policy.balanceFloor())
                .param("now", ts(now))
                .param("by", by.value())
                .param("group", group.value())
                .update();
    }

    int postsOn(GroupId group, UserId user, LocalDate day) {
        return jdbc.sql("select used from post_quota where group_id = :group and user_id = :user and post_day = :day")
                .param("group", group.value())
                .param("user", user.value())
                .param("day", day)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /**
     * Counts a post unless the member already has {@code bound} posts that day. The conditional update takes the
     * row lock, so of two concurrent posts on the last allowance the second sees the first's count and fails.
     */
    boolean takePost(GroupId group, UserId user, LocalDate day, int bound) {
        jdbc.sql("insert into post_quota (group_id, user_id, post_day, used) values (:group, :user, :day, 0)"
                        + " on conflict do nothing")
                .param("group", group.value())
                .param("user", user.value())
                .param("day", day)
                .update();
        return jdbc.sql("update post_quota set used = used + 1"
                                + " where group_id = :group and user_id = :user and post_day = :day and used < :bound")
                        .param("group", group.value())
                        .param("user", user.value())
                        .param("day", day)
                        .param("bound", bound)
                        .update()
                == 1;
    }
}
