package io.huzhu.task;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CutScheduleStrictnessUnitTests {

    @Test
    void refusesASeedOfTheWrongLength() {
        assertThatThrownBy(() -> CutSchedule.derive(new byte[0], "t", 100, 1, 10, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CutSchedule.derive(new byte[31], "t", 100, 1, 10, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesCorruptStoredSchedules() {
        assertThatThrownBy(() -> CutSchedule.decode(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CutSchedule.decode(new byte[] {0x05, (byte) 0x81}))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] tooLong = new byte[11];
        java.util.Arrays.fill(tooLong, (byte) 0x80);
        assertThatThrownBy(() -> CutSchedule.decode(tooLong)).isInstanceOf(IllegalArgumentException.class);
    }
}
