package io.huzhu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShortCodesUnitTests {

    @Test
    void codesAreEightUnambiguousCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = ShortCodes.next();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{8}");
            seen.add(code);
        }
        assertThat(seen).as("40 random bits: no collisions in 10,000").hasSize(10_000);
    }

    @Test
    void typedCodesAreNormalised() {
        assertThat(ShortCodes.normalise("ab1o-il 2z")).isEqualTo("AB10112Z");
    }
}
