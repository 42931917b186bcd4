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

class ChecklistCommandsTest {

    private static final Path FLEKSJOB_2010 = Path.of("checklists/fleksjob-2010.yaml");
    /** Version 1, frozen: the line numbers the broken-line cases point at stay put. */
    private static final Path FLEKSJOB_2010_V1 = Path.of("src/test/resources/maaleskemaer/fleksjob-2010-v1.yaml");

    @TempDir
    Path dir;

    @Test
    void lintPassesOnEveryShippedChecklist() {
        CliRun r = CliRun.of("checklist", "lint", "checklists/fleksjob-2010.yaml", "checklists/fleksjob-2013.yaml",
                "checklists/ledelsestilsyn-ledighedsydelse.yaml");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(String.join(System.lineSeparator(),
                "checklists/fleksjob-2010.yaml: OK – 24 spørgsmål i 5 afsnit".replace('/', java.io.File.separatorChar),
                "checklists/fleksjob-2013.yaml: OK – 27 spørgsmål i 6 afsnit".replace('/', java.io.File.separatorChar),
                "checklists/ledelsestilsyn-ledighedsydelse.yaml: OK – 10 spørgsmål i 3 afsnit"
                        .replace('/', java.io.File.separatorChar), ""));
    }

    /** Breaks one line of fleksjob-2010.yaml and expects the line, the item and the message. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad indentation | '        type: frist' | '         type: frist' | :150:14: nær id RV2: forkert indrykning",
        "unknown item type | '        type: frist' | '        type: deadline' | :150:15: spørgsmål RV2: ukendt spørgsmålstype 'deadline'",
        "duplicate id | '      - id: AP3' | '      - id: AP2' | :87:13: spørgsmål AP2: id'et 'AP2' er allerede brugt af spørgsmålet på linje 72",
        "unknown scale | '        svarskala: ja-nej\n        ved_ikke_opfyldt: ændring' | '        svarskala: ja_nej\n        ved_ikke_opfyldt: ændring' | :57:20: spørgsmål VV3: ukendt svarskala 'ja_nej' (mente du 'ja-nej'?)",
        "unparsable duration | 'længde: 12 måneder' | 'længde: 12 mdrr' | :154:19: spørgsmål RV2: 'længde': '12 mdrr' er ikke en varighed",
    })
    void brokenChecklistExitsThreeNamingLineAndItem(String what, String from, String to, String expected) throws IOException {
        String text = Files.readString(FLEKSJOB_2010_V1, StandardCharsets.UTF_8);
        from = from.replace("\\n", "\n");
        to = to.replace("\\n", "\n");
        assertThat(text).contains(from);
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        CliRun r = CliRun.of("checklist", "lint", broken.toString());
        assertThat(r.exitCode()).as(what).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).as(what).startsWith(broken + expected);
    }

    @Test
    void lintReportsEveryFileAndFailsIfAnyFails() throws IOException {
        Path broken = dir.resolve("tom.yaml");
        Files.writeString(broken, "id: x\n");
        CliRun r = CliRun.of("checklist", "tjek", FLEKSJOB_2010.toString(), broken.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).contains("fleksjob-2010.yaml: OK – 24 spørgsmål i 5 afsnit");
        assertThat(r.err()).contains(broken + ":1:1: mangler den krævede nøgle 'version'",
                broken + ":1:1: mangler den krævede nøgle 'afsnit'");
    }

    @Test
    void lintWithoutFilesIsAUsageError() {
        assertThat(CliRun.of("checklist", "lint").exitCode()).isEqualTo(2);
    }

    @Test
    void showPrintsTheChecklistReadably() {
        CliRun r = CliRun.of("checklist", "show", FLEKSJOB_2010.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains(
                "Praksisundersøgelse om fleksjob og revurdering af ledighedsydelse (måleskema fleksjob-2010, version 3)",
                "Regelgrundlag",
                "  - Forvaltningsloven (lov nr. 571 af 19. december 1985 med senere ændringer) §§ 19, 22, 24 og 25",
                "Sagstyper",
                "  - Revurdering af retten til fleksjob under ledighedsydelse",
                "Svarskalaer",
                "  - ja-nej: Svaret »ja« er opfyldt, svarene »nej« og »delvis« er ikke opfyldt og svaret »ikke relevant«"
                        + " gør spørgsmålet ikke relevant.",
                "Konsekvenser ved ikke opfyldte spørgsmål (alvorligste først)",
                "  - Ville blive hjemvist (tæller med i omgørelsesprocenten)",
                "  - Formelle mangler\n",
                "Forrang\n  Har en sag flere ikke opfyldte spørgsmål med forskellige konsekvenser, bestemmer den første i"
                        + " denne rækkefølge sagens afledte samlede vurdering: »Ville blive hjemvist«, derefter »Ville blive"
                        + " ændret eller ophævet«, derefter »Formelle mangler«. Rækkefølgen er måleskemaets egen (forrang) og"
                        + " afviger fra konsekvensernes alvor.",
                "Afsnit RV: Rettidig revurdering (gælder: Revurdering af retten til fleksjob under ledighedsydelse)",
                "  RV3  Er retten til fleksjob revurderet rettidigt frem til afgørelsen?",
                "       Gælder: Revurdering af retten til fleksjob under ledighedsydelse; kun afgørelser truffet fra"
                        + " 01.01.2010",
                "       Sådan vurderes det: Frist i to trin: pligten opstår efter sammenlagt 12 måneder med"
                        + " ledighedsydelse, sygdom eller ferie inden for 18 måneder; skal være afsluttet senest, når"
                        + " ledighedsydelse, sygdom eller ferie sammenlagt har varet 18 måneder fra cyklussens første"
                        + " tællende dag; dage med barsel tæller aldrig med; ved flytning (datoen for"
                        + " flytning) forlænges fristen til 6 måneder efter flytningen, hvis den ellers falder før;",
                "       Ved ikke opfyldt: Formelle mangler",
                "       Regel: Aktivlovens § 74 c, stk. 1, 1.–6. pkt. (LBK nr. 946 af 1. oktober 2009",
                "       Vores læsning: To tidspunkter: pligten opstår, når borgeren har fået ledighedsydelse i 12 måneder",
                "  FV2  Er afgørelsen begrundet med henvisning til regler, hovedhensyn og de faktiske forhold?",
                "       Gælder: Alle sagstyper, når det ikke er oplyst, at afgørelsen giver borgeren fuldt medhold",
                "       Gælder: Alle sagstyper\n");
        assertThat(r.out()).doesNotContain("afgørelse.dato", "felter.", "dokumenter.", "datoer.");
    }

    @Test
    void showNamesTheConditionInWords() {
        CliRun r = CliRun.of("checklist", "vis", "checklists/fleksjob-2013.yaml");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("       Gælder: Borger ansat i fleksjob (opfølgning), når fleksjobbets start er"
                + " 1. januar 2013 eller senere");
    }

    @Test
    void showStatesTheHorizonTheTwoMomentsAndThePrecedence() throws IOException {
        Path file = dir.resolve("to-trin.yaml");
        Files.writeString(file, Files.readString(FLEKSJOB_2010_V1)
                .replace("          genstarter: true\n", "          afsluttet_senest: 18 måneder\n          genstarter: true\n")
                .replace("\nafsnit:\n", "\nforrang: [hjemvisning, ændring, formel]\nafsnit:\n"));
        CliRun r = CliRun.of("checklist", "show", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Forrang\n  Har en sag flere ikke opfyldte spørgsmål med forskellige konsekvenser,"
                        + " bestemmer den første i denne rækkefølge sagens afledte samlede vurdering: »Ville blive"
                        + " hjemvist«, derefter »Ville blive ændret eller ophævet«, derefter »Formelle mangler«."
                        + " Rækkefølgen er måleskemaets egen (forrang) og afviger fra konsekvensernes alvor.",
                "Sådan vurderes det: Frist i to trin: pligten opstår efter sammenlagt 12 måneder med ledighedsydelse"
                        + " inden for 18 måneder; skal være afsluttet senest, når ledighedsydelse sammenlagt har varet"
                        + " 18 måneder fra cyklussens første tællende dag; opfyldes af en revurdering; optællingen"
                        + " begynder forfra efter hver; vurderes frem til afgørelsen (senere hændelser og perioder"
                        + " tæller ikke).");
    }

    @Test
    void showOfABrokenChecklistExitsThree() throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "id: x\nversion: 1\n  titel: y\n");
        CliRun r = CliRun.of("checklist", "show", broken.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith(broken + ":3:8: ");
    }
}
