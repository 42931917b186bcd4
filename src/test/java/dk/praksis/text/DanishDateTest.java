package dk.praksis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DanishDateTest {

    @Test
    void datesInProseAndInTables() {
        assertThat(DanishDate.prose(LocalDate.of(2010, 3, 15))).isEqualTo("15. marts 2010");
        assertThat(DanishDate.numeric(LocalDate.of(2010, 3, 5))).isEqualTo("05.03.2010");
        assertThat(DanishDate.numeric(LocalDate.of(999, 12, 31))).isEqualTo("31.12.0999");
        assertThat(DanishDate.numeric(LocalDate.of(10000, 1, 1))).isEqualTo("01.01.+10000");
    }

    @Test
    void numericDatesAreTheFormattersToTheDay() {
        java.time.format.DateTimeFormatter formatter = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy",
                java.util.Locale.forLanguageTag("da-DK"));
        for (LocalDate d = LocalDate.of(1899, 12, 1); d.isBefore(LocalDate.of(2101, 2, 1)); d = d.plusDays(1)) {
            assertThat(DanishDate.numeric(d)).isEqualTo(formatter.format(d));
        }
    }
}
