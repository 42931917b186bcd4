package dk.praksis.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedTest {

    @Test
    void showsShortTokensWithoutSpaces() {
        assertThat(Quoted.of("jo")).isEqualTo("'jo'");
        assertThat(Quoted.of("afslag")).isEqualTo("'afslag'");
        assertThat(Quoted.of("AP9")).isEqualTo("'AP9'");
        assertThat(Quoted.of("hjemvist_delvis")).isEqualTo("'hjemvist_delvis'");
    }

    @Test
    void hidesTextWithSpacesLongTokensAndDigitRuns() {
        assertThat(Quoted.of("Hans Jensen")).isEqualTo(Quoted.HIDDEN);
        assertThat(Quoted.of("Hans Jensen, Vestergade 4")).isEqualTo(Quoted.HIDDEN);
        assertThat(Quoted.of("Vestergadeshusmandssted")).isEqualTo(Quoted.HIDDEN);
        assertThat(Quoted.of("1407631234")).isEqualTo(Quoted.HIDDEN);
        assertThat(Quoted.of("tlf-22334455")).isEqualTo(Quoted.HIDDEN);
        assertThat(Quoted.of("a@b.dk")).isEqualTo(Quoted.HIDDEN);
        assertThat(Quoted.of(null)).isEqualTo("(tom)");
    }

    @Test
    void showsANearMissOfAKnownValueEvenWithASpace() {
        assertThat(Quoted.of("Ringkøbing Skjrn", List.of("Ringkøbing-Skjern"))).isEqualTo("'Ringkøbing Skjrn'");
        assertThat(Quoted.of("ikke  relevant", List.of("ikke relevant"))).isEqualTo("'ikke  relevant'");
        // Three letters or more beyond the known value could be anything.
        assertThat(Quoted.of("Vejen Vest 4", List.of("Vejen"))).isEqualTo(Quoted.HIDDEN);
        assertThat(Quoted.of("Hans Jensen", List.of())).isEqualTo(Quoted.HIDDEN);
    }
}
