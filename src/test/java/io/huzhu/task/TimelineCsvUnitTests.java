package io.huzhu.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineCsvUnitTests {

    @Test
    void quotesSeparatorsAndNeutralisesFormulas() {
        assertThat(Timeline.quote("小明")).isEqualTo("小明");
        assertThat(Timeline.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(Timeline.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Timeline.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Timeline.quote("+1")).isEqualTo("'+1");
        assertThat(Timeline.quote(null)).isEmpty();
    }
}
