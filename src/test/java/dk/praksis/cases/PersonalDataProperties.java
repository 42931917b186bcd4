package dk.praksis.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UpperChars;

class PersonalDataProperties {

    private final PersonalDataDetector detector = PersonalDataDetector.STANDARD;

    @Property
    void everyCprNumberIsFoundAndMaskedAway(@ForAll("birthDates") LocalDate born,
                                            @ForAll @IntRange(min = 0, max = 9999) int serial,
                                            @ForAll("separators") String sep) {
        String cpr = born.format(DateTimeFormatter.ofPattern("ddMMyy")) + sep + "%04d".formatted(serial);
        String text = "Borgeren (cpr " + cpr + ") er visiteret.";
        assertThat(detector.find(text)).extracting(PersonalDataDetector.Finding::kind)
                .containsExactly(PersonalDataDetector.Kind.CPR);
        assertThat(detector.mask(text)).isEqualTo("Borgeren (cpr [CPR-nummer fjernet]) er visiteret.");
    }

    @Property
    void datesInEveryAcceptedFormAreNotPersonalData(@ForAll("birthDates") LocalDate date,
                                                    @ForAll("datePatterns") String pattern) {
        String text = "Afgørelse " + date.format(DateTimeFormatter.ofPattern(pattern)) + ", 15 timer, 12.500 kr.";
        assertThat(detector.find(text)).isEmpty();
    }

    @Property
    void caseIdsAreNotPersonalData(@ForAll @UpperChars @StringLength(3) String prefix,
                                   @ForAll @IntRange(min = 0, max = 99) int year,
                                   @ForAll @IntRange(min = 0, max = 9999) int number) {
        assertThat(detector.find("%s%02d-%04d".formatted(prefix, year, number))).isEmpty();
    }

    @Provide
    Arbitrary<LocalDate> birthDates() {
        return Arbitraries.integers().between(0, 365 * 120).map(d -> LocalDate.of(1910, 1, 1).plusDays(d));
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("-", "", " ");
    }

    @Provide
    Arbitrary<String> datePatterns() {
        return Arbitraries.of("yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyyMMdd", "ddMMyyyy", "dd/MM/yyyy");
    }
}
