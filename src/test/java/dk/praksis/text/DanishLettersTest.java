package dk.praksis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DanishLettersTest {

    @Test
    void foldsCaseAndDanishLetters() {
        assertThat(DanishLetters.fold("Høje-Taastrup")).isEqualTo("hoeje-taastrup");
        assertThat(DanishLetters.fold("ÆRØ Å")).isEqualTo("aeroe aa");
        assertThat(DanishLetters.ascii("Ærø Å")).isEqualTo("Aeroe Aa");
        assertThat(DanishLetters.capitalise("arbejdsprøvninger")).isEqualTo("Arbejdsprøvninger");
        assertThat(DanishLetters.capitalise("")).isEmpty();
    }
}
