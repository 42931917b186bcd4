package dk.praksis.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DanishDatesTest {

    @Test
    void readsEveryAcceptedForm() {
        assertThat(DanishDates.parse(" 2010-03-15 ")).contains(LocalDate.of(2010, 3, 15));
        assertThat(DanishDates.parse("2010-3-5")).contains(LocalDate.of(2010, 3, 5));
        assertThat(DanishDates.parse("15-03-2010")).contains(LocalDate.of(2010, 3, 15));
        assertThat(DanishDates.parse("15.03.2010")).contains(LocalDate.of(2010, 3, 15));
        assertThat(DanishDates.parse("5/3/2010")).contains(LocalDate.of(2010, 3, 5));
        assertThat(DanishDates.parse("15/03/2010")).contains(LocalDate.of(2010, 3, 15));
        assertThat(DanishDates.parse("15-03.2010")).contains(LocalDate.of(2010, 3, 15));
        assertThat(DanishDates.parse(" 29-02-2012\t")).contains(LocalDate.of(2012, 2, 29));
    }

    @Test
    void refusesImpossibleDatesAndOtherDigitsThanAscii() {
        assertThat(DanishDates.parse("2010-02-31")).isEmpty();
        assertThat(DanishDates.parse("2010-13-01")).isEmpty();
        assertThat(DanishDates.parse("31.02.2010")).isEmpty();
        assertThat(DanishDates.parse("29-02-2010")).isEmpty();
        assertThat(DanishDates.parse("15-13-2010")).isEmpty();
        assertThat(DanishDates.parse("1x-03-2010")).isEmpty();
        assertThat(DanishDates.parse("15:03:2010")).isEmpty();
        assertThat(DanishDates.parse("１５-03-2010")).isEmpty();
        assertThat(DanishDates.parse("２０１０-03-15")).isEmpty();
        assertThat(DanishDates.parse("2010-03-1x")).isEmpty();
        assertThat(DanishDates.parse("2010/03/15")).isEmpty();
        assertThat(DanishDates.parse("")).isEmpty();
        assertThat(DanishDates.parse(null)).isEmpty();
    }
}
