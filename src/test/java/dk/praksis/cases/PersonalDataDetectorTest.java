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

    /** Forms that passed the guard before texts were normalised (issue 15, item 2). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "cpr 01-01-71-1234|CPR",
        "cpr 01.01.71-1234|CPR",
        "cpr 01/01/71 1234|CPR",
        "cpr 010171\u20131234|CPR",
        "cpr 010171\u20141234|CPR",
        "cpr 010171\u22121234|CPR",
        "cpr 010171\u00A01234|CPR",
        "cpr 01\u00A001\u00A071\u00A01234|CPR",
        "cpr \uFF10\uFF11\uFF10\uFF11\uFF17\uFF11-\uFF11\uFF12\uFF13\uFF14|CPR",
        "cpr 0101\u200B71-1234|CPR",
        "tlf. +45 12 34 56 78|PHONE",
        "tlf. +45 2012 2020|PHONE",
        "tlf. 20.30.40.50|PHONE",
        "tlf. 86\u00A012\u00A034\u00A056|PHONE",
        "tlf. +45\u202F86\u202F12\u202F34\u202F56|PHONE",
        "tlf. \uFF18\uFF16\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16|PHONE",
        "mail aa\uFF20kommune.dk|EMAIL",
    })
    void findsNormalisedForms(String escaped, Kind kind) {
        String text = org.apache.commons.text.StringEscapeUtils.unescapeJava(escaped);
        assertThat(detector.find(text)).extracting(PersonalDataDetector.Finding::kind).containsExactly(kind);
        assertThat(detector.mask(text)).endsWith(kind.mask()).doesNotContainPattern("\\p{N}{2}");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Mødet kl. 20.30-21.00 og 10.15-11.00",
        "Afgørelse 15.03.2010, 15-03-2010 og 15.03.10",
        "Beløb 12 500 000 kr. og 2.500.000 kr.",
        "Perioden 2009\u20132010 og 1.\u00A0januar\u00A02010",
        "Sag SYD10\u20110417",
    })
    void normalisingLeavesDatesAmountsAndIdsAlone(String escaped) {
        assertThat(detector.find(org.apache.commons.text.StringEscapeUtils.unescapeJava(escaped))).isEmpty();
    }

    @Test
    void masksTheOriginalCharactersOfANormalisedForm() {
        assertThat(detector.mask("før \uFF10\uFF11\uFF10\uFF11\uFF17\uFF11\u2013\uFF11\uFF12\uFF13\uFF14 efter"))
                .isEqualTo("før [CPR-nummer fjernet] efter");
        assertThat(detector.mask("ring\u00A0+45\u00A020\u00A030\u00A040\u00A050.")).isEqualTo("ring\u00A0[telefonnummer fjernet].");
    }

    @Test
    void aListedNameIsFoundWrittenWithANonBreakingSpace() {
        PersonalDataDetector d = new PersonalDataDetector(List.of("Anders Andersen", "Anders"));
        assertThat(d.mask("Borger Anders\u00A0Andersen og Anders")).isEqualTo(
                "Borger [navn fra listen fjernet] og [navn fra listen fjernet]");
    }

    @Test
    void aValueInAnyOfTheseFormsIsNeverEchoedInAMessage() {
        assertThat(Quoted.of("01-01-71-1234")).isEqualTo(Quoted.HIDDEN);
        assertThat(Quoted.of("20.30.40.50")).isEqualTo(Quoted.HIDDEN);
        assertThat(Quoted.of("\uFF11\uFF12\uFF13\uFF14\uFF15")).isEqualTo(Quoted.HIDDEN);
        assertThat(Quoted.of("Vejn", List.of("Vejen"))).isEqualTo("'Vejn'");
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
