package dk.praksis.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void parsesTheDanishForms() {
        assertThat(Span.parse("12 måneder")).isEqualTo(new Span(0, 12, 0, 0));
        assertThat(Span.parse("1 måned")).isEqualTo(new Span(0, 1, 0, 0));
        assertThat(Span.parse("3 uger")).isEqualTo(new Span(0, 0, 3, 0));
        assertThat(Span.parse("1 uge")).isEqualTo(new Span(0, 0, 1, 0));
        assertThat(Span.parse("2 år 6 måneder")).isEqualTo(new Span(2, 6, 0, 0));
        assertThat(Span.parse("2 år og 6 måneder")).isEqualTo(new Span(2, 6, 0, 0));
        assertThat(Span.parse("14 dage")).isEqualTo(new Span(0, 0, 0, 14));
        assertThat(Span.parse("0 dage")).isEqualTo(Span.ZERO);
        assertThat(Span.parse("6 mdr.")).isEqualTo(new Span(0, 6, 0, 0));
    }

    @Test
    void halfYearsAreSixMonths() {
        assertThat(Span.parse("2½ år")).isEqualTo(new Span(2, 6, 0, 0));
        assertThat(Span.parse("4½ år")).isEqualTo(new Span(4, 6, 0, 0));
        assertThat(Span.parse("½ år")).isEqualTo(new Span(0, 6, 0, 0));
        assertThat(Span.parse("2½ år").addTo(LocalDate.of(2014, 1, 31))).isEqualTo(LocalDate.of(2016, 7, 31));
    }

    @Test
    void rejectsWhatIsNotASpan() {
        assertThatThrownBy(() -> Span.parse("12 mdr måneder x")).hasMessageContaining("er ikke en varighed");
        assertThatThrownBy(() -> Span.parse("tolv måneder")).hasMessageContaining("'tolv måneder' er ikke en varighed");
        assertThatThrownBy(() -> Span.parse("12")).hasMessageContaining("skriv fx \"12 måneder\"");
        assertThatThrownBy(() -> Span.parse("1½ måned")).hasMessageContaining("er ikke en varighed");
        assertThatThrownBy(() -> Span.parse("12 månedere")).hasMessageContaining("er ikke en varighed");
    }

    @Test
    void printsAsWritten() {
        assertThat(Span.parse("2½ år")).hasToString("2 år 6 måneder");
        assertThat(Span.parse("1 uge")).hasToString("1 uge");
        assertThat(Span.ZERO).hasToString("0 dage");
    }
}
