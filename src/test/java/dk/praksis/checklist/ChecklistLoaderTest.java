package dk.praksis.checklist;

import static dk.praksis.checklist.TestChecklists.BASE;
import static dk.praksis.checklist.TestChecklists.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.praksis.errors.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a valid checklist turns into. */
class ChecklistLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsMetadataScalesAndShorthandConsequences() throws Exception {
        Checklist c = load(dir, BASE);
        assertThat(c.id()).isEqualTo("test");
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.title()).isEqualTo("Test");
        assertThat(c.caseTypes()).containsExactly(java.util.Map.entry("bevilling", "Bevilling"),
                java.util.Map.entry("revurdering", "Revurdering"));
        AnswerScale yesNo = c.scales().get("ja-nej");
        assertThat(yesNo.counted()).isFalse();
        assertThat(yesNo.values()).containsExactly("ja", "nej", "ikke relevant");
        assertThat(yesNo.met()).containsExactly("ja");
        assertThat(yesNo.notMet()).containsExactly("nej");
        assertThat(yesNo.notRelevant()).containsExactly("ikke relevant");
        AnswerScale likert = c.scales().get("likert");
        assertThat(likert.counted()).isTrue();
        assertThat(likert.values()).containsExactly("i høj grad", "i nogen grad", "i ringe grad", "slet ikke");
        assertThat(c.consequences()).containsExactly(
                new Consequence("ændring", "Ville blive ændret eller ophævet", true),
                new Consequence("hjemvisning", "Ville blive hjemvist", true),
                new Consequence("formel", "Formelle mangler", false));
        assertThat(c.severity("hjemvisning")).isEqualTo(1);
    }

    @Test
    void hashesTheBytesAndKeepsThePathAsGiven() throws Exception {
        Path file = TestChecklists.write(dir, BASE);
        Checklist c = ChecklistLoader.load(file);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(c.sha256()).isEqualTo(expected).hasSize(64);
        assertThat(c.source()).isEqualTo(file.toString());
    }

    @Test
    void readsItemsWithTheirLineAndSpec() {
        Checklist c = load(dir, BASE);
        Item a1 = c.item("A1").orElseThrow();
        assertThat(a1.line()).isEqualTo(16);
        assertThat(a1.type()).isEqualTo(ItemType.VURDERING);
        assertThat(a1.spec()).isEqualTo(new ItemSpec.Assessment("ja-nej"));
        assertThat(a1.consequence()).isEqualTo("hjemvisning");
        assertThat(a1.caseTypes()).containsExactly("bevilling");
        Item a2 = c.item("A2").orElseThrow();
        assertThat(a2.line()).isEqualTo(21);
        assertThat(a2.spec()).isEqualTo(new ItemSpec.Deadline(ItemSpec.Counting.SAMMENLAGT, null,
                List.of("ledighedsydelse"), new Span(0, 12, 0, 0), new Span(0, 18, 0, 0), "revurderinger", true, 0,
                ItemSpec.MonthCounting.KALENDER));
    }

    @Test
    void readsEveryItemType() {
        Checklist c = load(dir, BASE + """
                  - id: B
                    titel: Afsnit B
                    spørgsmål:
                      - id: B1
                        tekst: Fuldstændig?
                        type: fuldstændighed
                        dokument: ressourceprofil
                        elementer: [uddannelse, helbred]
                        mindst_tegn: 15
                        regel: BEK nr. 1402
                        læsning: Vores læsning.
                      - id: B2
                        tekst: Forløb?
                        type: forløb
                        forløb: arbejdsprøvninger
                        krav:
                          mindst_antal: 1
                          slut_senest: afgørelse.dato
                          mindst_samlet_varighed: 3 måneder
                          mindst_enkelt_varighed: 4 uger
                          mindst_timer_pr_uge: 10
                          højst_starttimer_pr_uge: 12.5
                          alle_med: [funktioner_beskrevet]
                      - id: B3
                        tekst: Før?
                        type: dato_før
                        første: dokumenter.ressourceprofil.dato
                        anden: afgørelse.dato
                        højst_afstand: 6 måneder
                      - id: B4
                        tekst: Fra dato?
                        type: frist
                        frist:
                          optælling: fra_dato
                          start: datoer.visitation
                          længde: 2½ år
                          hændelse: opfølgninger
                          tolerance: 1 uge
                          måneder: 30_dage
                      - id: B5
                        tekst: Likert?
                        type: vurdering
                        svarskala: likert
                """);
        Item b1 = c.item("B1").orElseThrow();
        assertThat(b1.spec()).isEqualTo(new ItemSpec.Completeness("ressourceprofil", List.of("uddannelse", "helbred"), 15));
        assertThat(b1.rule()).isEqualTo("BEK nr. 1402");
        assertThat(b1.note()).isEqualTo("Vores læsning.");
        assertThat(b1.caseTypes()).isEmpty();
        assertThat(c.item("B2").orElseThrow().spec()).isEqualTo(new ItemSpec.Course("arbejdsprøvninger", 1,
                "afgørelse.dato", new Span(0, 3, 0, 0), new Span(0, 0, 4, 0), 10.0, 12.5, List.of("funktioner_beskrevet")));
        assertThat(c.item("B3").orElseThrow().spec()).isEqualTo(new ItemSpec.DateOrder("dokumenter.ressourceprofil.dato",
                "afgørelse.dato", new Span(0, 6, 0, 0)));
        assertThat(c.item("B4").orElseThrow().spec()).isEqualTo(new ItemSpec.Deadline(ItemSpec.Counting.FRA_DATO,
                "datoer.visitation", List.of(), new Span(2, 6, 0, 0), null, "opfølgninger", false, 7,
                ItemSpec.MonthCounting.DAGE_30));
        assertThat(c.item("B5").orElseThrow().consequence()).isNull();
        assertThat(c.sections()).extracting(Section::id).containsExactly("A", "B");
    }

    @Test
    void itemCaseTypesNarrowTheSection() {
        Checklist c = load(dir, BASE.replace("  bevilling: Bevilling\n", "  bevilling: Bevilling\n  klage: Klage\n")
                .replace("sagstyper: [bevilling]", "sagstyper: [bevilling, klage]")
                .replace("        tekst: Frist?\n", "        tekst: Frist?\n        sagstyper: [klage]\n"));
        assertThat(c.item("A1").orElseThrow().caseTypes()).containsExactly("bevilling", "klage");
        assertThat(c.item("A2").orElseThrow().caseTypes()).containsExactly("klage");
    }

    @Test
    void conditionsMapToTheirOperators() {
        String[][] cases = {
            {"{felt: felter.alder, under: 40}", "UNDER", "40"},
            {"{felt: felter.alder, mindst: 40.50}", "MINDST", "40.5"},
            {"{felt: kommune, er: Vejen}", "ER", "Vejen"},
            {"{felt: kommune, i: [Vejen, Varde]}", "ER", "Vejen,Varde"},
            {"{felt: kommune, er_ikke: [Vejen, Varde]}", "ER_IKKE", "Vejen,Varde"},
            {"{felt: afgørelse.dato, før: 2013-01-01}", "FOER", "2013-01-01"},
            {"{felt: afgørelse.dato, fra: 2013-01-01}", "FRA", "2013-01-01"},
            {"{felt: datoer.visitation, findes: true}", "FINDES", ""},
            {"{felt: felter.alder, mangler: true}", "MANGLER", ""},
        };
        for (String[] t : cases) {
            Checklist c = load(dir, TestChecklists.with("        tekst: Vurdering?\n",
                    "        tekst: Vurdering?\n        betingelse: " + t[0] + "\n"));
            Condition cond = c.item("A1").orElseThrow().condition();
            assertThat(cond.op().name()).as(t[0]).isEqualTo(t[1]);
            assertThat(String.join(",", cond.values())).as(t[0]).isEqualTo(t[2]);
        }
    }

    @Test
    void objectConsequencesCarryTitleAndReversal() {
        Checklist c = load(dir, TestChecklists.with("konsekvenser: [ændring, hjemvisning, formel]",
                "konsekvenser: [{id: ændring, titel: Ændres, omgørelse: true}, {id: hjemvisning, titel: Hjemvises},"
                        + " formel, påtale]"));
        assertThat(c.consequences()).containsExactly(new Consequence("ændring", "Ændres", true),
                new Consequence("hjemvisning", "Hjemvises", true), new Consequence("formel", "Formelle mangler", false),
                new Consequence("påtale", "påtale", false));
    }

    @Test
    void windowsFilesWithBomAndCrlfLoadWithTheSameLines() throws Exception {
        Path file = dir.resolve("windows.yaml");
        byte[] text = BASE.replace("\n", "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Files.write(file, bytes);
        Checklist c = ChecklistLoader.load(file);
        assertThat(c.item("A2").orElseThrow().line()).isEqualTo(21);
        assertThat(c.title()).isEqualTo("Test");
    }

    @Test
    void aMissingFileIsInvalidInput() {
        assertThatThrownBy(() -> ChecklistLoader.load(dir.resolve("findes-ikke.yaml")))
                .isInstanceOf(InvalidInputException.class).hasMessageEndingWith("findes-ikke.yaml: filen findes ikke");
    }
}
