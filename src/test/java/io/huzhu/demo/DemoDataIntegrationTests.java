package io.huzhu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo data loads once, through the services, and gives the web app something to show in every area. */
@IntegrationTest
class DemoDataIntegrationTests {

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsCampaignsTasksAndAGroupWithPostedTasksOnce() {
        assertThat(demo.load()).isTrue();
        assertThat(demo.load())
                .as("a second start finds the data and adds nothing")
                .isFalse();

        assertThat(count("select count(*) from campaign c join app_user u on u.id = c.operator_id"
                        + " where u.username = 'demo_operator' and c.status = 'PUBLISHED'"))
                .isEqualTo(3);
        assertThat(count("select count(*) from task t join app_user u on u.id = t.initiator_id"
                        + " where u.username in ('demo_li', 'demo_wang', 'demo_zhang') and t.status = 'OPEN'"))
                .isEqualTo(3);
        Map<String, Object> group = jdbc.sql("select id, member_count from community_group where name = :name")
                .param("name", DemoData.GROUP)
                .query()
                .singleRow();
        assertThat(((Number) group.get("member_count")).intValue()).isEqualTo(5);
        List<String> kinds = jdbc.sql(
                        "select kind from feed_message where group_id = :g and status = 'VISIBLE' order by seq")
                .param("g", group.get("id"))
                .query(String.class)
                .list();
        assertThat(kinds).containsExactly("TEXT", "TASK", "TASK");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
