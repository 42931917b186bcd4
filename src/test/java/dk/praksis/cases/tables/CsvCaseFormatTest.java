package dk.praksis.cases.tables;

import static dk.praksis.cases.tables.TestCases.d;
import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseDocument;
import dk.praksis.cases.CourseEntry;
import dk.praksis.cases.DatedPeriod;
import dk.praksis.errors.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCaseFormatTest {

    @TempDir
    Path dir;

    private final CsvCaseFormat format = new CsvCaseFormat(TestChecklists.rich(), TestCases.KOMMUNER);
    private final List<Case> cases = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private static Path fixture(String folder) throws URISyntaxException {
        return Path.of(CsvCaseFormatTest.class.getResource(folder + "/sager.csv").toURI());
    }

    @Test
    void fixturesHaveTheBytesDanishExcelWrites() throws Exception {
        byte[] sager = Files.readAllBytes(fixture("excel-cp1252"));
        String asText = new String(sager, Charset.forName("windows-1252"));
        assertThat(asText).contains("afgørelse_dato;", "\r\n").doesNotStartWith("\uFEFF");
        assertThat(new String(sager, StandardCharsets.UTF_8)).doesNotContain("ø");
        byte[] bom = Files.readAllBytes(fixture("utf8-bom"));
        assertThat(bom).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void readsSemicolonWindows1252CrlfWithDecimalCommasAndDanishDates() throws Exception {
        format.read(fixture("excel-cp1252"), cases::add, problems);

        assertThat(problems).isEmpty();
        assertThat(cases).extracting(Case::id).containsExactly("SYD10-0417", "SYD10-0502");
        Case c = cases.get(0);
        assertThat(c.kommune()).isEqualTo(TestCases.VEJEN);
        assertThat(c.decision().date()).isEqualTo(d("2010-03-15"));
        assertThat(c.dates()).containsExactly(Map.entry("visitation", d("2008-05-01")));
        assertThat(c.fields()).containsExactly(Map.entry("alder", "38"));
        assertThat(c.medicalEvidence()).containsExactly("speciallægeerklæring", "statusattest");
        assertThat(c.review().answers()).containsExactlyInAnyOrderEntriesOf(
                Map.of("VV1", "ja", "TF1", "i nogen grad", "AP3", "delvis", "FV1", "ikke relevant"));
        assertThat(c.review().remark())
                .isEqualTo("Det fremgår ikke, hvilke funktioner borgeren ikke kan varetage; se bilag.");
        assertThat(c.periods()).containsExactly(
                new DatedPeriod("ledighedsydelse", d("2008-06-01"), d("2009-02-28")),
                new DatedPeriod("barsel", d("2009-03-01"), d("2009-08-31")),
                new DatedPeriod("ledighedsydelse", d("2009-09-01"), null));
        assertThat(c.events()).containsExactly(Map.entry("revurderinger", List.of(d("2009-11-20"))));
        assertThat(c.courses().get("arbejdsprøvninger")).containsExactly(
                new CourseEntry(d("2009-01-05"), d("2009-03-31"), 12.5, "lager", Map.of("funktioner_beskrevet", false)),
                new CourseEntry(d("2009-10-01"), null, 15.0, "køkken", Map.of("funktioner_beskrevet", true)));
        assertThat(c.documents().get("ressourceprofil")).isEqualTo(new CaseDocument(d("2009-11-01"), Map.of(
                "uddannelse", "Faglært lagerarbejder", "helbred", "Slidgigt i knæ; må ikke løfte over 10 kg",
                "bolig_og_økonomi", "Ejerbolig, stram økonomi", "samlet_vurdering", "Varigt nedsat arbejdsevne")));
        Case noDecision = cases.get(1);
        assertThat(noDecision.kommune()).isEqualTo(TestCases.AERO);
        assertThat(noDecision.decision().present()).isFalse();
        assertThat(noDecision.review().verdict()).isEqualTo("kan_ikke_vurderes");

        String folder = fixture("excel-cp1252").getParent().toString();
        assertThat(c.origin().where("afgørelse.dato"))
                .isEqualTo(folder + " sager.csv række 2, kolonne afgørelse_dato");
        assertThat(noDecision.origin().casePlace()).isEqualTo("sager.csv række 4, kolonne id");
        assertThat(c.origin().place("perioder[3].fra")).isEqualTo("perioder.csv række 4, kolonne fra");
        assertThat(c.origin().place("arbejdsprøvninger[1].timer_pr_uge"))
                .isEqualTo("arbejdsproevninger.csv række 2, kolonne timer_pr_uge");
    }

    @Test
    void readsUtf8WithBomCommaSeparatedAndTheDanishLetterFileNames() throws Exception {
        Path src = fixture("utf8-bom").getParent();
        Files.copy(src.resolve("sager.csv"), dir.resolve("sager.csv"));
        Files.copy(src.resolve("perioder.csv"), dir.resolve("perioder.csv"));
        Files.copy(src.resolve("arbejdsproevninger.csv"), dir.resolve("arbejdsprøvninger.csv"));
        Files.writeString(dir.resolve("hændelser.csv"), "id;hændelse;dato\nSYD11-0001;revurderinger;2011-01-03\n");

        format.read(dir.resolve("sager.csv"), cases::add, problems);

        assertThat(problems).isEmpty();
        Case c = cases.get(0);
        assertThat(c.id()).isEqualTo("SYD11-0001");
        assertThat(c.kommune()).isEqualTo(TestCases.AABENRAA);
        assertThat(c.review().remark()).isEqualTo("Åbenlyst mangelfuld, ingen arbejdsprøvning");
        assertThat(c.courses().get("arbejdsprøvninger")).containsExactly(
                new CourseEntry(d("2010-03-01"), d("2010-04-15"), 7.5, "værksted", Map.of("funktioner_beskrevet", true)));
        assertThat(c.events()).containsExactly(Map.entry("revurderinger", List.of(d("2011-01-03"))));
        assertThat(c.origin().place("arbejdsprøvninger[1].fra"))
                .isEqualTo("arbejdsprøvninger.csv række 2, kolonne fra");
    }

    @Test
    void problemsNameFileRowAndColumn() throws IOException {
        Files.writeString(dir.resolve("sager.csv"), String.join("\r\n",
                "id;kommune;afgørelse_dato;bedømer",
                "S-1;Vejen;31-02-2010;R1",
                ";Vejen;2010-01-01;",
                "S-2;0101701234;2010-01-01;"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("perioder.csv"), "id;type;fra;til\nS-3;barsel;2009-01-01;\nS-1;barsel;;2009-13-01\n");
        Files.writeString(dir.resolve("arbejdsproevninger.csv"), "id;fra;timer_pr_uge;funktioner_beskrevet\n"
                + "S-1;2009-01-01;ti;måske\n");
        Files.writeString(dir.resolve("dokumenter.csv"), "id;dato\nS-1;2009-01-01\n");
        Files.writeString(dir.resolve("noter.csv"), "x\n");

        format.read(dir.resolve("sager.csv"), cases::add, problems);

        String f = dir.toString();
        assertThat(problems).extracting(Problem::line).containsExactlyInAnyOrder(
                f + " (CSV-fil nr. 3 af 5 i mappen, efter navn): ukendt tabel 'noter.csv'; filerne hedder sager.csv, perioder.csv, haendelser.csv,"
                        + " arbejdsproevninger.csv, dokumenter.csv, anden_vurdering.csv",
                f + " sager.csv række 1, kolonne 4: ukendt kolonne 'bedømer'; kendte kolonner er id, kommune, sagstype,"
                        + " afgørelse_dato, afgørelse_foreligger, visitation, alder, lægelige_oplysninger, bedømmer, VV1,"
                        + " TF1, AP3, FV1, samlet, bemærkning, VV1 begrundelse, TF1 begrundelse, AP3 begrundelse,"
                        + " FV1 begrundelse",
                f + " sager.csv række 2, kolonne afgørelse_dato (sag S-1): afgørelse_dato er ikke en gyldig dato;"
                        + " skriv fx 2010-03-15, 15-03-2010 eller 15.03.2010",
                f + " sager.csv række 3, kolonne id: rækken har intet id; skriv sagens id i kolonnen id",
                f + " sager.csv række 4, kolonne kommune (sag S-2): kommunen er ikke en kendt kommune; skriv navnet"
                        + " eller kommunekoden, fx Vejen eller 575",
                f + " perioder.csv række 2, kolonne id (sag S-3): sagen findes ikke i sager.csv",
                f + " perioder.csv række 3, kolonne fra (sag S-1): fra mangler",
                f + " perioder.csv række 3, kolonne til (sag S-1): til er ikke en gyldig dato; skriv fx 2010-03-15,"
                        + " 15-03-2010 eller 15.03.2010",
                f + " arbejdsproevninger.csv række 2, kolonne timer_pr_uge (sag S-1): timer_pr_uge er ikke et tal;"
                        + " skriv fx 15 eller 12,5",
                f + " arbejdsproevninger.csv række 2, kolonne funktioner_beskrevet (sag S-1): funktioner_beskrevet"
                        + " skal være ja eller nej",
                f + " dokumenter.csv: mangler kolonnen dokument; tabellen er ikke læst");
        assertThat(problems).extracting(Problem::line).noneMatch(l -> l.contains("0101701234") || l.contains("måske"));
        assertThat(cases).extracting(Case::id).containsExactly("S-1", "S-2");
    }

    @Test
    void anUnknownFileIsPlacedByItsNumberNotItsNameWhichMayBeAPerson() throws IOException {
        Files.writeString(dir.resolve("sager.csv"), "id;kommune\nS-1;Vejen\n");
        Files.writeString(dir.resolve("Hans Jensen.csv"), "x\n");
        format.read(dir.resolve("sager.csv"), c -> { }, problems);
        assertThat(problems).extracting(Problem::line).anySatisfy(l -> assertThat(l)
                .startsWith(dir + " (CSV-fil nr. 1 af 2 i mappen, efter navn): ukendt tabel (navnet vises ikke"));
        assertThat(problems).extracting(Problem::line).allSatisfy(l -> assertThat(l).doesNotContain("Hans", "Jensen"));
    }

    @Test
    void oneWindows1252ByteInAUtf8FileStopsWithItsLineInsteadOfGarblingEveryLetter() throws IOException {
        byte[] utf8 = "id;kommune;bemærkning\nS-1;Ærø;første\nS-2;Vejen;".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(utf8, utf8.length + 2);
        bytes[utf8.length] = (byte) 0xE6; // æ in Windows-1252
        bytes[utf8.length + 1] = '\n';
        Files.write(dir.resolve("sager.csv"), bytes);
        format.read(dir.resolve("sager.csv"), cases::add, problems);
        assertThat(cases).isEmpty();
        assertThat(problems).extracting(Problem::line).containsExactly(dir + " sager.csv linje 3: filen er gemt som"
                + " UTF-8, men denne linje har et tegn i et andet tegnsæt (fx Windows-1252, indsat fra et andet program);"
                + " ret tegnet, og gem hele filen igen som UTF-8, ellers bliver æ, ø og å forkerte i alle rapporter");
    }

    @Test
    void aTabSeparatedFileIsReadByItsSeparator() throws IOException {
        Files.writeString(dir.resolve("sager.csv"), "id\tkommune\tsagstype\nS-1\tVejen\tbevilling\n");
        format.read(dir.resolve("sager.csv"), cases::add, problems);
        assertThat(cases).extracting(c -> c.kommune().navn()).containsExactly("Vejen");
    }

    @Test
    void anUnclosedQuoteIsAProblemNotACrash() throws IOException {
        Files.writeString(dir.resolve("sager.csv"), "id;bemærkning\nS-1;\"uden slut\nS-2;x\n");
        format.read(dir.resolve("sager.csv"), cases::add, problems);
        assertThat(problems).extracting(Problem::message)
                .containsExactly("filen kan ikke læses som CSV (fx et citationstegn uden sin afslutning)");
        assertThat(problems.get(0).where()).startsWith(dir + " sager.csv række ");
    }

    @Test
    void onlySagerCsvIsTheEntryAndItsSiblingsBelongToTheDataset() throws IOException {
        Files.writeString(dir.resolve("sager.csv"), "id\n");
        Files.writeString(dir.resolve("perioder.csv"), "id\n");
        assertThat(format.accepts(dir.resolve("sager.csv"))).isTrue();
        assertThat(format.accepts(dir.resolve("perioder.csv"))).isFalse();
    }
}
