package dk.praksis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DanishDateTest {

    @Test
    void datesInProseAndInTables() {
        assertThat(DanishDate.prose(LocalDate.of(2010, 3, 15))).isEqualTo("15. marts 2010");
        assertThat(DanishDate.numeric(LocalDate.of(2010, 3, 5))).isEqualTo("05.03.2010");
    }
}
