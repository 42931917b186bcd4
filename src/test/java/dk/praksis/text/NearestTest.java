package dk.praksis.text;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.text.Nearest.Closeness;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearestTest {

    @Test
    void namesAllowOneEditPerFourLettersAndAStemCountsAsOne() {
        assertThat(Nearest.to("Vejlle", List.of("Vejle", "Vejen", "Horsens"))).containsExactly("Vejle");
        assertThat(Nearest.to("hjemvist", List.of("hjemvisning", "ændring"))).containsExactly("hjemvisning");
        assertThat(Nearest.to("fristen", List.of("frist", "forløb"))).containsExactly("frist");
        assertThat(Nearest.to("abc", List.of("xyz"))).isEmpty();
        assertThat(Nearest.hint("Vejlle", List.of("Vejle", "Vejen"))).isEqualTo(" Mente du Vejle?");
    }

    @Test
    void checklistWordsAllowAThirdOfTheCandidateAndAtLeastTwoEdits() {
        assertThat(Nearest.to("ja_ne", List.of("ja-nej", "likert"), Nearest::lower, Closeness.WORDS))
                .containsExactly("ja-nej");
        assertThat(Nearest.to("ja_ne", List.of("ja-nej", "likert"), Nearest::lower, Closeness.NAMES)).isEmpty();
        assertThat(Nearest.to("TITL", List.of("titel", "id"), Nearest::lower, Closeness.WORDS)).containsExactly("titel");
    }
}
