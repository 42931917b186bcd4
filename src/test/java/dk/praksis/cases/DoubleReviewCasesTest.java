package dk.praksis.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.errors.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second reviewer's answer set (anden_vurdering) in YAML and JSON, its checks and the personal-data guard. */
class DoubleReviewCasesTest {

    @TempDir
    Path dir;

    private final List<Problem> problems = new ArrayList<>();
    private final List<Case> cases = new ArrayList<>();

    private static final String DOUBLE = """
            sager:
              - id: SYD10-0001
                kommune: Vejen
                sagstype: revurdering
                afgørelse: {dato: 2010-02-01}
                perioder:
                  - {type: ledighedsydelse, fra: 2008-06-01}
                hændelser: {revurderinger: [2009-05-20]}
                vurdering:
                  bedømmer: R1
                  svar: {RV1: ja, FV1: ja, FV2: ja, FV3: ja}
                  samlet: i_overensstemmelse
                anden_vurdering:
                  bedømmer: R2
                  svar: {RV1: nej, FV1: ja, FV2: ja, FV3: ja}
                  samlet: hjemvisning
                  bemærkning: "Revurderingen bygger ikke på tilbud efter LAB."
            """;

    @Test
    void yamlReadsTheSecondAnswerSetWithItsPlaces() throws IOException {
        read("sager.yaml", DOUBLE);
        assertThat(problems).isEmpty();
        Case c = cases.get(0);
        assertThat(c.review().verdict()).isEqualTo("i_overensstemmelse");
        assertThat(c.doubleReviewed()).isTrue();
        assertThat(c.secondReview()).isEqualTo(new Review("R2", Map.of("RV1", "nej", "FV1", "ja", "FV2", "ja",
                "FV3", "ja"), "hjemvisning", "Revurderingen bygger ikke på tilbud efter LAB."));
        assertThat(c.origin().place("anden_vurdering.svar.RV1")).isEqualTo("15:14");
        assertThat(c.origin().place("anden_vurdering.samlet")).isEqualTo("16:7");
        assertThat(new CaseValidator(TestCases.checklist()).validate(c)).isEmpty();
    }

    @Test
    void jsonHasTheSameKey() throws IOException {
        read("sag.json", """
                {"id": "SYD10-0002", "kommune": "461", "sagstype": "revurdering",
                 "afgørelse": {"dato": "15.03.2010"},
                 "vurdering": {"bedømmer": "R1", "svar": {"RV1": "ja"}},
                 "anden_vurdering": {"bedømmer": "R3", "svar": {"RV1": "nej"}, "samlet": "hjemvisning"}}
                """);
        assertThat(cases.get(0).secondReview()).isEqualTo(new Review("R3", Map.of("RV1", "nej"), "hjemvisning", null));
        assertThat(cases.get(0).origin().place("anden_vurdering.svar.RV1")).isEqualTo("4:49");
    }

    @Test
    void theSecondSetNeedsAnotherReviewerAVerdictAndAnswersOnTheScale() throws IOException {
        read("sager.yaml", DOUBLE.replace("bedømmer: R2", "bedømmer: r1").replace("      samlet: hjemvisning\n", "")
                .replace("RV1: nej", "RV1: måske"));
        List<String> lines = new CaseValidator(TestCases.checklist()).validate(cases.get(0)).stream()
                .map(Problem::line).map(l -> l.substring(dir.toString().length() + 1)).toList();
        assertThat(lines).containsExactly(
                "sager.yaml:14:7 (sag SYD10-0001): den anden vurdering har samme bedømmer som den første; en"
                        + " dobbeltbedømmelse skal foretages af en anden bedømmer",
                "sager.yaml:13:5 (sag SYD10-0001): den anden bedømmers samlede vurdering mangler; uden den kan"
                        + " enigheden om sagens vurdering ikke opgøres",
                "sager.yaml:15:14 (sag SYD10-0001): svaret 'måske' på RV1 findes ikke på svarskalaen ja-nej; brug ja,"
                        + " nej, delvis eller ikke relevant");
    }

    @Test
    void personalDataInTheSecondRemarkIsFoundAndMasked() throws IOException {
        read("sager.yaml", DOUBLE.replace("tilbud efter LAB.", "tilbud efter LAB, jf. 010203-1234."));
        PersonalDataGuard.Result r = new PersonalDataGuard(PersonalDataDetector.STANDARD).check(cases.get(0));
        assertThat(r.problems()).singleElement().extracting(Problem::line).asString()
                .endsWith("sager.yaml:17:7 (sag SYD10-0001): anden_vurdering.bemærkning indeholder et CPR-nummer;"
                        + " fjern det fra filen, eller kør med --masker for at erstatte det med \"[CPR-nummer fjernet]\"");
        assertThat(r.masked().secondReview().remark()).doesNotContain("010203-1234").contains("[CPR-nummer fjernet]");
    }

    private void read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        new CanonicalCaseFormat().read(file, cases::add, problems);
    }
}
