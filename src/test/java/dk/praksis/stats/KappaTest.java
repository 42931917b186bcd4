package dk.praksis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference: the 2×2 table (20, 5 / 10, 15), p_o = 0.7, p_e = 0.5, κ = 0.4 (hand computation). */
class KappaTest {

    private static List<String> repeat(String value, int times) {
        return new ArrayList<>(Collections.nCopies(times, value));
    }

    @Test
    void textbookTable() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        first.addAll(repeat("ja", 25));
        second.addAll(repeat("ja", 20));
        second.addAll(repeat("nej", 5));
        first.addAll(repeat("nej", 25));
        second.addAll(repeat("ja", 10));
        second.addAll(repeat("nej", 15));
        Kappa k = Kappa.cohen(first, second).orElseThrow();
        assertThat(k.pairs()).isEqualTo(50);
        assertThat(k.observed()).isCloseTo(0.7, within(1e-12));
        assertThat(k.expected()).isCloseTo(0.5, within(1e-12));
        assertThat(k.kappa()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void perfectAgreementIsOneAndDegenerateCasesAreEmpty() {
        List<String> a = List.of("hjemvisning", "i_overensstemmelse", "ændring");
        assertThat(Kappa.cohen(a, a).orElseThrow().kappa()).isEqualTo(1.0);
        assertThat(Kappa.cohen(List.of("x", "x"), List.of("x", "x"))).isEmpty();
        assertThat(Kappa.cohen(List.of(), List.of())).isEmpty();
    }
}
