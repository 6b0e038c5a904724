package io.huzhu.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.huzhu.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Learned samples are stored in safety_sample, with personal data masked, and change later verdicts. */
@IntegrationTest
class SafetySamplesIntegrationTests {

    @Autowired
    ContentSafety safety;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcSampleStore store;

    @Test
    void aLearnedSpamSampleIsStoredMaskedAndCatchesLookAlikes() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String spam = "快来看看这个宝藏店铺" + marker + "，全场一元起包邮，电话13812345678";
        assertThat(safety.screen("快来看看这个宝藏店铺" + marker + "全场一元起包邮", ScreenContext.plain("MESSAGE"))
                        .action())
                .isEqualTo(Action.ALLOW);

        safety.learnSpam(spam);

        List<String> stored = jdbc.sql("select text from safety_sample where kind = 'SPAM' and text like :m")
                .param("m", "%" + marker + "%")
                .query(String.class)
                .list();
        assertThat(stored)
                .singleElement()
                .satisfies(
                        text -> assertThat(text).doesNotContain("13812345678").contains("138****5678"));
        assertThat(store.load()).extracting(SampleStore.Sample::text).contains(stored.getFirst());
        Verdict verdict = safety.screen("快来看看这个宝藏店铺" + marker + "全场一元起包邮", ScreenContext.plain("MESSAGE"));
        assertThat(verdict.action()).isEqualTo(Action.HOLD);
        assertThat(verdict.findings()).extracting(Finding::rule).contains("SIMILAR_TO_SPAM");
    }

    @Test
    void aHamSampleIsStored() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        safety.learnHam("今天的活动真不错" + marker);
        assertThat(jdbc.sql("select count(*) from safety_sample where kind = 'HAM' and text like :m")
                        .param("m", "%" + marker + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }
}
