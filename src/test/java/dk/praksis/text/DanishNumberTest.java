package dk.praksis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DanishNumberTest {

    @Test
    void wholeNumbersWithoutDecimalsOthersWithADecimalComma() {
        assertThat(DanishNumber.of(15)).isEqualTo("15");
        assertThat(DanishNumber.of(12.5)).isEqualTo("12,5");
        assertThat(DanishNumber.of(7.25)).isEqualTo("7,25");
    }
}
