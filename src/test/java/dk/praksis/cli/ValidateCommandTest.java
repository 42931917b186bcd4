package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidateCommandTest {

    private static final String CHECKLIST = "src/test/resources/maaleskemaer/fleksjob-2010-v1.yaml";

    /** Line 2 is the id, 3 kommune, 4 sagstype, 5 afgørelse, 6-7 perioder, 8-9 arbejdsprøvninger, 10-13 vurdering. */
    private static final String CASE = """
            sager:
              - id: SYD10-0417
                kommune: Vejen
                sagstype: bevilling
                afgørelse: {dato: 2010-03-15}
                perioder:
                  - {type: sygedagpenge, fra: 2008-09-01, til: 2009-08-31}
                arbejdsprøvninger:
                  - {fra: 2009-01-05, til: 2009-04-30, timer_pr_uge: 15, funktioner_beskrevet: true}
                vurdering:
                  bedømmer: R1
                  svar: {VV1: ja, VV2: ja, VV3: ja, AP3: ja, RP3: nej, FV1: ja, FV2: ja, FV3: ja}
                  samlet: hjemvisning
                  bemærkning: Arbejdsprøvningen beskriver ikke funktionerne.
            """;

    @TempDir
    Path dir;

    @Test
    void validCasesAreCountedAndNothingIsWritten() throws IOException {
        write("a.yaml", CASE);
        write("b/c.json", "{\"id\": \"SYD10-0001\", \"kommune\": \"Aabenraa\", \"sagstype\": \"revurdering\","
                + " \"afgørelse\": {\"dato\": \"01.02.2010\"}, \"vurdering\": {\"svar\": {\"RV1\": \"ja\", \"FV1\": \"ja\","
                + " \"FV2\": \"ja\", \"FV3\": \"ja\"}}}");
        try (var before = Files.walk(dir)) {
            long files = before.count();
            CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, dir.toString());
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).isEqualTo("2 sager i 2 filer er gyldige" + System.lineSeparator());
            assertThat(r.exitCode()).isZero();
            try (var after = Files.walk(dir)) {
                assertThat(after.count()).isEqualTo(files);
            }
        }
    }

    @Test
    void theFullExampleInTheDocumentationIsValid() throws IOException {
        String docs = Files.readString(Path.of("docs/cases.md"), StandardCharsets.UTF_8);
        int start = docs.indexOf("```yaml\nsager:") + "```yaml\n".length();
        Path f = write("eksempel.yaml", docs.substring(start, docs.indexOf("```", start)));
        CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, f.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("1 sag i 1 fil er gyldig");
    }

    @Test
    void danishAliasAndSingular() throws IOException {
        Path f = write("a.yaml", CASE);
        CliRun r = CliRun.of("valider", "--måleskema", CHECKLIST, f.toString());
        assertThat(r.out()).isEqualTo("1 sag i 1 fil er gyldig" + System.lineSeparator());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "missing id|id: SYD10-0417|nr: SYD10-0417|a.yaml:2:5: ukendt nøgle 'nr'",
        "missing id (validation)|id: SYD10-0417|id: |a.yaml:2:5: sagen har ikke noget id",
        "unknown kommune|kommune: Vejen|kommune: Nordfynn|a.yaml:3:5 (sag SYD10-0417): ukendt kommune 'Nordfynn'. Mente du Nordfyns?",
        "unknown case type|sagstype: bevilling|sagstype: bevillig|a.yaml:4:5 (sag SYD10-0417): ukendt sagstype 'bevillig'",
        "impossible date|dato: 2010-03-15|dato: 31.02.2010|a.yaml:5:17 (sag SYD10-0417): afgørelse.dato er ikke en gyldig dato",
        "malformed date|fra: 2008-09-01|fra: 1. september 2008|a.yaml:7:30 (sag SYD10-0417): perioder[1].fra er ikke en gyldig dato",
        "decision date missing|{dato: 2010-03-15}|{foreligger: ja}|a.yaml:5:5 (sag SYD10-0417): afgørelsens dato mangler",
        "period ends before it starts|til: 2009-08-31|til: 2008-08-31|a.yaml:7:47 (sag SYD10-0417): perioder[1] slutter (til) før den begynder (fra)",
        "overlapping periods|til: 2009-08-31}|til: 2009-08-31}\\n      - {type: ledighedsydelse, fra: 2009-08-01}|a.yaml:8:9 (sag SYD10-0417): perioder[2] overlapper perioder[1]",
        "course ends before it starts|til: 2009-04-30|til: 2008-04-30|a.yaml:9:27 (sag SYD10-0417): arbejdsprøvninger[1] slutter (til) før den begynder (fra)",
        "answer outside the scale|AP3: ja|AP3: jo|a.yaml:12:41 (sag SYD10-0417): svaret 'jo' på AP3 findes ikke på svarskalaen ja-nej",
        "missing answer|VV3: ja, |VV3: '', |a.yaml:12:7 (sag SYD10-0417): mangler svar på VV3",
        "answer to unknown item|FV3: ja|FV4: ja|a.yaml:12:78 (sag SYD10-0417): svar på ukendt spørgsmål 'FV4'",
        "unknown verdict|samlet: hjemvisning|samlet: hjemvist|a.yaml:13:7 (sag SYD10-0417): ukendt samlet vurdering 'hjemvist'",
        "unknown key|bemærkning:|bemærkninger:|a.yaml:14:7 (sag SYD10-0417): ukendt nøgle 'bemærkninger' i vurdering. Mente du bemærkning?",
    })
    void everyProblemNamesPlaceAndCaseAndExitsWith3(String name, String from, String to, String expected)
            throws IOException {
        Path f = write("a.yaml", CASE.replace(from, to.replace("\\n", "\n").replace("''", "")));
        CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, f.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().map(l -> l.replace(dir + java.io.File.separator, "")))
                .anySatisfy(l -> assertThat(l).startsWith(expected));
    }

    @Test
    void anEmptyWorkbookExitsWith3NamingTheFile() throws IOException {
        Path f = Files.write(dir.resolve("sager.xlsx"), new byte[0]);
        CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, f.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        // An empty file of any kind is named as empty before a reader tries it.
        assertThat(r.err()).contains(f + ": filen er tom (0 byte)");
    }

    @Test
    void duplicateIdAcrossFilesNamesBothFiles() throws IOException {
        write("a.yaml", CASE);
        write("b.yaml", CASE);
        CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, dir.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains(dir.resolve("b.yaml") + ":2:5 (sag SYD10-0417): sags-id'et er brugt"
                + " to gange; første gang i " + dir.resolve("a.yaml") + ":2:5");
    }

    @Test
    void allProblemsOfAllFilesInOneRun() throws IOException {
        write("a.yaml", CASE.replace("Vejen", "Vejn"));
        write("b.yaml", CASE.replace("SYD10-0417", "SYD10-0418").replace("hjemvisning", "hjemvist"));
        CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, dir.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().lines()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "CPR-nummer|Cpr. nr. 140763-1234 fremgår af sagen.|140763",
        "CPR-nummer|Cpr uden bindestreg 1407631234.|1407631234",
        "CPR-nummer|Cpr. nr.: 140763-|140763",
        "e-mailadresse|Borgeren skrev fra anders.andersen@example.dk.|anders.andersen",
        "telefonnummer|Ring på +45 86 12 34 56.|86 12 34 56",
        "telefonnummer|Ring på 8612 3456.|8612 3456",
    })
    void personalDataIsRefusedWithExit4WithoutEchoingIt(String kind, String remark, String value) throws IOException {
        Path f = write("a.yaml", CASE.replace("Arbejdsprøvningen beskriver ikke funktionerne.", "\"" + remark + "\""));
        CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, f.toString());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains(f + ":14:7 (sag SYD10-0417): vurdering.bemærkning indeholder", kind);
        assertThat(r.out() + r.err()).doesNotContain(value);
    }

    @Test
    void boardNameListCatchesNamesAndPatternsInEveryTextField() throws IOException {
        Path names = write("navne.txt", "# navne fra nævnet\nAnders Andersen\n/Gyvelvænget \\d+/\n");
        Path f = write("a.yaml", CASE
                .replace("Arbejdsprøvningen beskriver ikke funktionerne.", "Anders Andersen klarer ikke fuld tid.")
                .replace("timer_pr_uge: 15,", "timer_pr_uge: 15, område: \"lager, Gyvelvænget 7\","));
        CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, "--navneliste", names.toString(), f.toString());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains(
                f + ":14:7 (sag SYD10-0417): vurdering.bemærkning indeholder et navn fra listen",
                f + ":9:62 (sag SYD10-0417): arbejdsprøvninger[1].område indeholder et navn fra listen");
        assertThat(r.out() + r.err()).doesNotContain("Anders", "Gyvelvænget");
    }

    @Test
    void maskingContinuesWithAWarningAndNeverShowsTheValue() throws IOException {
        Path f = write("a.yaml", CASE.replace("Arbejdsprøvningen beskriver ikke funktionerne.", "\"cpr 140763-1234\""));
        CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, "--masker", f.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("1 sag i 1 fil er gyldig" + System.lineSeparator());
        assertThat(r.err()).contains("Advarsel: 1 personoplysning er maskeret");
        assertThat(r.out() + r.err()).doesNotContain("140763");
        assertThat(CliRun.of("validate", "--checklist", CHECKLIST, "--personfølsomme-tilladt", f.toString()).exitCode())
                .isZero();
    }

    @Test
    void missingChecklistOptionIsUsageError() throws IOException {
        Path f = write("a.yaml", CASE);
        assertThat(CliRun.of("validate", f.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("validate", "--checklist", CHECKLIST).exitCode()).isEqualTo(2);
    }

    /** Issue 11 item 5: a verdict that differs from the answers' needs a remark; validate says where, exit stays 0. */
    @Test
    void withAnAsOfDateAVerdictWithoutTheRemarkThatExplainsItIsWarnedAbout() throws IOException {
        // no ressourceprofil, so RP1 and RP2 are not met and the answers give hjemvisning
        Path f = write("a.yaml", CASE.replace("      bemærkning: Arbejdsprøvningen beskriver ikke funktionerne.\n", "")
                .replace("RP3: nej", "RP3: ja").replace("samlet: hjemvisning", "samlet: i_overensstemmelse"));
        CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, "--as-of", "2010-11-30", f.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("1 sag i 1 fil er gyldig" + System.lineSeparator());
        assertThat(r.err()).isEqualTo("Advarsel: " + f + ":13:7: sag SYD10-0417: bedømmerens samlede vurdering er"
                + " »I overensstemmelse med regler og praksis«, men svarene giver »Ville blive hjemvist« (ikke opfyldt:"
                + " RP1, RP2), og der er ingen bemærkning, der forklarer forskellen. Skriv en bemærkning, så kommunen"
                + " kan se hvorfor." + System.lineSeparator());

        Path allMet = write("b.json", "{\"id\": \"SYD10-0001\", \"kommune\": \"Aabenraa\", \"sagstype\": \"revurdering\","
                + " \"afgørelse\": {\"dato\": \"01.02.2010\"}, \"vurdering\": {\"svar\": {\"RV1\": \"ja\", \"FV1\": \"ja\","
                + " \"FV2\": \"ja\", \"FV3\": \"ja\"}, \"samlet\": \"hjemvisning\"}}");
        CliRun other = CliRun.of("valider", "--måleskema", CHECKLIST, "--opgørelsesdato", "30.11.2010", allMet.toString());
        assertThat(other.exitCode()).isZero();
        assertThat(other.err()).startsWith("Advarsel: " + allMet + ":1:").contains(": sag SYD10-0001: bedømmerens"
                + " samlede vurdering er »Ville blive hjemvist«, men svarene giver »I overensstemmelse med regler og"
                + " praksis« (alle relevante spørgsmål er opfyldt)");

        CliRun explained = CliRun.of("validate", "--checklist", CHECKLIST, "--as-of", "2010-11-30",
                write("c.yaml", CASE.replace("samlet: hjemvisning", "samlet: i_overensstemmelse")).toString());
        assertThat(explained.err()).as("the remark explains the difference").isEmpty();
        CliRun undated = CliRun.of("validate", "--checklist", CHECKLIST, f.toString());
        assertThat(undated.err()).as("without a date nothing is scored").isEmpty();
        assertThat(undated.exitCode()).isZero();
    }

    @Test
    void asOfIsParsedAsAuditParsesIt() throws IOException {
        Path f = write("a.yaml", CASE);
        CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, "--as-of", "31.02.2010", f.toString());
        CliRun audit = CliRun.of("audit", "--checklist", CHECKLIST, "--as-of", "31.02.2010", "--out",
                dir.resolve("ud").toString(), f.toString());
        assertThat(r.exitCode()).isEqualTo(2).isEqualTo(audit.exitCode());
        assertThat(r.err()).isEqualTo(audit.err()).contains("--as-of");
        String help = CliRun.of("validate", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("--as-of, --opgørelsesdato=DATO Opgørelsesdatoen, fx 2010-11-30: frister, der ikke"
                + " er nået på denne dag, er ikke relevante.");
        assertThat(CliRun.of("audit", "--help").out().replaceAll("\\s+", " ")).contains("--as-of, --opgørelsesdato=DATO"
                + " Opgørelsesdatoen, fx 2010-11-30: frister, der ikke er nået på denne dag, er ikke relevante.");
    }

    @Test
    void theAuditFileGivesChecklistCasesDateAndPeriodSoTheSampleIsChecked() {
        CliRun r = CliRun.of("validate", "sample-cases/2011/undersoegelse.yaml");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("92 sager i 1 fil er gyldige" + System.lineSeparator());
        // the same two cases audit warns about, each with its file and place
        assertThat(r.err().lines().toList()).hasSize(2).allSatisfy(l -> assertThat(l)
                .startsWith("Advarsel: sample-cases/2011/sager/sager-2011.xlsx Sager!AD")
                .contains("Skriv en bemærkning"));
        assertThat(r.err()).contains(": sag SYD11-1163: bedømmerens samlede vurdering er »I overensstemmelse med regler"
                + " og praksis«, men svarene giver »Formelle mangler« (ikke opfyldt: FV3)", ": sag SYD11-1715: ");

        CliRun flags = CliRun.of("validate", "--checklist", "checklists/fleksjob-2010.yaml", "--as-of", "2011-11-30",
                "sample-cases/2011/sager");
        assertThat(flags.exitCode()).isZero();
        assertThat(flags.err()).startsWith("Bemærk: spørgsmål ").contains("vurderes frem til periodens slutning")
                .doesNotContain("Advarsel");
    }

    /** Warnings and errors name a case file as the user would type it: relative when the audit file was named so. */
    @Test
    void pathsThroughTheAuditFileAreShownAsTheUserGaveThem() throws IOException {
        write("sager/a.yaml", CASE.replace("      bemærkning: Arbejdsprøvningen beskriver ikke funktionerne.\n", "")
                .replace("RP3: nej", "RP3: ja").replace("samlet: hjemvisning", "samlet: i_overensstemmelse"));
        Path audit = write("undersoegelse.yaml", "titel: Prøveundersøgelse\nopgørelsesdato: 2010-11-30\nmåleskema: "
                + Path.of(CHECKLIST).toAbsolutePath() + "\nsager: [sager/]\noutput: ud\n");
        Path given = Path.of("").toAbsolutePath().relativize(audit);
        Path caseFile = given.resolveSibling("sager").resolve("a.yaml");

        CliRun warned = CliRun.of("validate", given.toString());
        assertThat(warned.exitCode()).as(warned.err()).isZero();
        assertThat(warned.err()).startsWith("Advarsel: " + caseFile + ":13:7: sag SYD10-0417: bedømmerens samlede"
                + " vurdering er »I overensstemmelse med regler og praksis«, men svarene giver »Ville blive hjemvist«");

        write("sager/b.yaml", CASE.replace("SYD10-0417", "SYD10-0418").replace("kommune: Vejen", "kommune: Nørre Ukendt"));
        CliRun invalid = CliRun.of("validate", given.toString());
        assertThat(invalid.exitCode()).isEqualTo(3);
        assertThat(invalid.err()).startsWith(given.resolveSibling("sager").resolve("b.yaml") + ":3:5 (sag SYD10-0418):"
                + " ukendt kommune");
    }

    @Test
    void unreadableNameListIsInvalidInput() throws IOException {
        Path f = write("a.yaml", CASE);
        CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, "--navneliste", dir.resolve("mangler.txt").toString(),
                f.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("mangler.txt: navnelisten kan ikke læses");
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }
}
