package dk.praksis.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.praksis.cases.PersonalDataDetector.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataDetectorTest {

    private final PersonalDataDetector detector = PersonalDataDetector.STANDARD;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cpr. nr.: 140763-1234|CPR",
        "cpr 1407631234 oplyst|CPR",
        "CPR 140763 1234|CPR",
        "Cpr. nr.: 140763-|CPR",
        "født 140763-xxxx|CPR",
        "290200-1234|CPR",
        "skriv til aa@kommune.dk|EMAIL",
        "Mail: anders.andersen+sag@vejen.dk.|EMAIL",
        "Ring 86 12 34 56|PHONE",
        "tlf. 86123456|PHONE",
        "tlf. 8612 3456|PHONE",
        "+45 86 12 34 56|PHONE",
        "+4586123456|PHONE",
        "0045 86123456|PHONE",
    })
    void findsPersonalData(String text, Kind kind) {
        assertThat(detector.find(text)).extracting(PersonalDataDetector.Finding::kind).containsExactly(kind);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Afgørelse 2010-03-15, revurdering 15.03.2010 og 15-03-2010",
        "Sag SYD10-0417 og SYD09-1234",
        "Beløb 12.500,00 kr. og 125000 kr. samt 1.234.567",
        "Perioden 2009 2010 og 20100315",
        "15032010",
        "Timer: 15, 7,5 og 37",
        "310299-1234",
        "Arbejdsprøvning 3-4 timer dagligt, 15 timer om ugen",
        "Journalnr. 12345",
        "kontor@",
    })
    void leavesDatesIdsAndAmountsAlone(String text) {
        assertThat(detector.find(text)).isEmpty();
    }

    @Test
    void masksEachFindingByKind() {
        assertThat(detector.mask("CPR 140763-1234, tlf. 86 12 34 56, aa@b.dk."))
                .isEqualTo("CPR [CPR-nummer fjernet], tlf. [telefonnummer fjernet], [e-mailadresse fjernet].");
    }

    @Test
    void boardListMatchesWholeNamesWithoutCaseAndRegularExpressions() {
        PersonalDataDetector d = new PersonalDataDetector(List.of("Anders Andersen", "# not a comment here", "/Gyvelvænget \\d+/"));
        assertThat(d.mask("Borgeren ANDERS ANDERSEN bor Gyvelvænget 7, Udby"))
                .isEqualTo("Borgeren [navn fra listen fjernet] bor [navn fra listen fjernet], Udby");
        assertThat(d.find("Andersensvej")).isEmpty();
    }

    @Test
    void invalidPatternIsReportedWithoutEchoingIt() {
        assertThatThrownBy(() -> new PersonalDataDetector(List.of("/Anders(/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nr. 1").hasMessageNotContaining("Anders");
    }
}
