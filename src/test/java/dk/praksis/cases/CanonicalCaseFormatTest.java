package dk.praksis.cases;

import dk.praksis.checklist.YamlAliases;
import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.errors.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalCaseFormatTest {

    @TempDir
    Path dir;

    private final CanonicalCaseFormat format = new CanonicalCaseFormat();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Case> cases = new ArrayList<>();

    static final String EXAMPLE = """
            sager:
              - id: SYD10-0417
                kommune: Vejen
                sagstype: bevilling
                afgørelse: {dato: 2010-03-15, foreligger: true}
                datoer: {visitation: 01.05.2008}
                perioder:
                  - {type: ledighedsydelse, fra: 2008-06-01, til: 2009-02-28}
                  - {type: barsel, fra: 2009-03-01, til: 2009-08-31}
                  - {type: ledighedsydelse, fra: 2009-09-01}
                hændelser: {revurderinger: [2009-11-20, 20-05-2010]}
                arbejdsprøvninger:
                  - {fra: 2009-01-05, til: 2009-03-31, timer_pr_uge: 15, område: lager, funktioner_beskrevet: false}
                forløb:
                  virksomhedspraktik:
                    - {fra: 2009-04-01, til: 2009-05-31, timer_pr_uge: "7,5", skånehensyn: ja}
                dokumenter:
                  ressourceprofil: {dato: 2008-11-01, uddannelse: "Udlært mekaniker 1984", helbred: "Skulder og knæ"}
                lægelige_oplysninger: [speciallægeerklæring]
                felter: {alder: 47}
                vurdering:
                  bedømmer: R1
                  svar: {VV1: ja, VV2: nej, AP3: delvis}
                  samlet: hjemvisning
                  bemærkning: "Det fremgår ikke, hvilke funktioner borgeren ikke kan varetage."
            """;

    @Test
    void mapsTheCanonicalFormOntoACase() throws IOException {
        read("sager.yaml", EXAMPLE);
        assertThat(problems).isEmpty();
        assertThat(cases).hasSize(1);
        Case c = cases.get(0);
        assertThat(c.id()).isEqualTo("SYD10-0417");
        assertThat(c.kommune()).isEqualTo(new Kommune("575", "Vejen", "Region Syddanmark"));
        assertThat(c.caseType()).isEqualTo("bevilling");
        assertThat(c.decision()).isEqualTo(new Decision(LocalDate.of(2010, 3, 15), true));
        assertThat(c.dates()).containsExactly(Map.entry("visitation", LocalDate.of(2008, 5, 1)));
        assertThat(c.periods()).containsExactly(
                new DatedPeriod("ledighedsydelse", LocalDate.of(2008, 6, 1), LocalDate.of(2009, 2, 28)),
                new DatedPeriod("barsel", LocalDate.of(2009, 3, 1), LocalDate.of(2009, 8, 31)),
                new DatedPeriod("ledighedsydelse", LocalDate.of(2009, 9, 1), null));
        assertThat(c.events()).containsExactly(Map.entry("revurderinger",
                List.of(LocalDate.of(2009, 11, 20), LocalDate.of(2010, 5, 20))));
        assertThat(c.courses().get("arbejdsprøvninger")).containsExactly(new CourseEntry(LocalDate.of(2009, 1, 5),
                LocalDate.of(2009, 3, 31), 15.0, "lager", Map.of("funktioner_beskrevet", false)));
        assertThat(c.courses().get("virksomhedspraktik")).containsExactly(new CourseEntry(LocalDate.of(2009, 4, 1),
                LocalDate.of(2009, 5, 31), 7.5, null, Map.of("skånehensyn", true)));
        assertThat(c.documents().get("ressourceprofil")).isEqualTo(new CaseDocument(LocalDate.of(2008, 11, 1),
                Map.of("uddannelse", "Udlært mekaniker 1984", "helbred", "Skulder og knæ")));
        assertThat(c.medicalEvidence()).containsExactly("speciallægeerklæring");
        assertThat(c.fields()).containsExactly(Map.entry("alder", "47"));
        assertThat(c.review()).isEqualTo(new Review("R1", Map.of("VV1", "ja", "VV2", "nej", "AP3", "delvis"),
                "hjemvisning", "Det fremgår ikke, hvilke funktioner borgeren ikke kan varetage."));
        assertThat(c.field("felter.alder")).contains("47");
    }

    @Test
    void originPointsEveryFieldPathAtItsLineAndColumn() throws IOException {
        read("sager.yaml", EXAMPLE);
        Origin o = cases.get(0).origin();
        String f = dir.resolve("sager.yaml").toString();
        assertThat(o.casePlace()).isEqualTo("2:5");
        assertThat(o.where("id")).isEqualTo(f + ":2:5");
        assertThat(o.where("afgørelse.dato")).isEqualTo(f + ":5:17");
        assertThat(o.where("perioder[2]")).isEqualTo(f + ":9:9");
        assertThat(o.where("perioder[2].til")).isEqualTo(f + ":9:41");
        assertThat(o.where("hændelser.revurderinger[2]")).isEqualTo(f + ":11:45");
        assertThat(o.where("arbejdsprøvninger[1].timer_pr_uge")).isEqualTo(f + ":13:44");
        assertThat(o.where("virksomhedspraktik[1].fra")).isEqualTo(f + ":16:12");
        assertThat(o.where("dokumenter.ressourceprofil.helbred")).isEqualTo(f + ":18:80");
        assertThat(o.where("vurdering.svar.AP3")).isEqualTo(f + ":23:33");
        assertThat(o.where("vurdering.samlet")).isEqualTo(f + ":24:7");
        assertThat(o.where("vurdering.svar.RV1")).as("unknown path: nearest parent").isEqualTo(f + ":23:7");
    }

    @Test
    void readsJsonAndASingleCaseWithoutSager() throws IOException {
        read("sag.json", """
                {"id": "SYD10-0001", "kommune": "461", "sagstype": "revurdering",
                 "afgørelse": {"dato": "15.03.2010"},
                 "vurdering": {"svar": {"RV1": "ja"}}}
                """);
        assertThat(problems).isEmpty();
        Case c = cases.get(0);
        assertThat(c.kommune().navn()).isEqualTo("Odense");
        assertThat(c.decision()).isEqualTo(new Decision(LocalDate.of(2010, 3, 15), true));
        assertThat(c.origin().where("afgørelse.dato")).endsWith("sag.json:2:16");
    }

    @Test
    void readsUtf8WithByteOrderMarkAndCrlf() throws IOException {
        Files.write(dir.resolve("bom.yaml"), ("\uFEFFid: A-1\r\nkommune: Ærø\r\nsagstype: bevilling\r\n")
                .getBytes(StandardCharsets.UTF_8));
        format.read(dir.resolve("bom.yaml"), cases::add, problems);
        assertThat(problems).isEmpty();
        assertThat(cases.get(0).kommune().kode()).isEqualTo("492");
    }

    @Test
    void impossibleAndMalformedDatesAreProblemsAtTheirPlace() throws IOException {
        read("d.yaml", """
                id: A-1
                kommune: Vejen
                sagstype: bevilling
                afgørelse: {dato: 31.02.2010}
                perioder:
                  - {type: ledighedsydelse, fra: 2008-13-01}
                """);
        assertThat(lines()).containsExactly(
                "d.yaml:4:13 (sag A-1): afgørelse.dato er ikke en gyldig dato; skriv fx 2010-03-15, 15-03-2010 eller 15.03.2010",
                "d.yaml:6:29 (sag A-1): perioder[1].fra er ikke en gyldig dato; skriv fx 2010-03-15, 15-03-2010 eller 15.03.2010");
        assertThat(cases.get(0).decision()).isEqualTo(new Decision(null, true));
    }

    @Test
    void unknownKeysAreProblemsWithTheNearestKnownKey() throws IOException {
        read("k.yaml", """
                id: A-1
                kommune: Vejen
                sagstype: bevilling
                afgoerelse: {dato: 2010-03-15}
                perioder:
                  - {typ: ledighedsydelse, fra: 2008-01-01}
                arbejdsprøvninger:
                  - {fra: 2009-01-05, timer_pr_ug: 15}
                vurdering: {svar: {VV1: ja}, samlett: formel}
                """);
        assertThat(lines()).containsExactly(
                "k.yaml:4:1 (sag A-1): ukendt nøgle 'afgoerelse'. Mente du afgørelse?",
                "k.yaml:6:6 (sag A-1): ukendt nøgle 'typ' i perioder[1]. Mente du type?",
                "k.yaml:8:23 (sag A-1): ukendt nøgle 'timer_pr_ug' i arbejdsprøvninger[1] (andre felter skal være ja eller nej)."
                        + " Mente du timer_pr_uge?",
                "k.yaml:9:30 (sag A-1): ukendt nøgle 'samlett' i vurdering. Mente du samlet?");
    }

    @Test
    void reviewKeysWrittenOnTheCaseSayWhereTheyBelong() throws IOException {
        read("r.yaml", """
                id: A-1
                kommune: Vejen
                sagstype: bevilling
                samlet: formel
                bemærkninger: Se notat
                """);
        assertThat(lines()).containsExactly(
                "r.yaml:4:1 (sag A-1): ukendt nøgle 'samlet'. Skal den stå under vurdering?",
                "r.yaml:5:1 (sag A-1): ukendt nøgle 'bemærkninger'. Skal den stå under vurdering?");
    }

    @Test
    void aSecondYamlDocumentIsAProblemNotSilentlyDropped() throws IOException {
        read("t.yaml", """
                id: A-1
                kommune: Vejen
                sagstype: bevilling
                ---
                id: A-2
                """);
        assertThat(lines()).singleElement().asString().startsWith("t.yaml:5:1: filen fortsætter efter den første sag");
        assertThat(cases).extracting(Case::id).containsExactly("A-1");
    }

    @Test
    void unknownKommuneIsAProblemWithSuggestions() throws IOException {
        read("m.yaml", """
                id: A-1
                kommune: Svendbor
                sagstype: bevilling
                """);
        assertThat(lines()).containsExactly("m.yaml:2:1 (sag A-1): ukendt kommune 'Svendbor'. Mente du Svendborg?");
        assertThat(cases.get(0).kommune()).isNull();
    }

    @Test
    void wrongShapesAndDuplicateKeysAreProblems() throws IOException {
        read("s.yaml", """
                id: A-1
                id: A-2
                kommune: [Vejen]
                perioder: {type: barsel}
                arbejdsprøvninger:
                  - {fra: 2009-01-05, timer_pr_uge: mange, funktioner_beskrevet: måske}
                """);
        assertThat(lines()).containsExactly(
                "s.yaml:2:1: nøglen 'id' står mere end én gang i samme sag eller afsnit",
                "s.yaml:3:1 (sag A-1): kommune skal være en enkelt værdi, ikke en liste eller en samling af nøgler",
                "s.yaml:4:1 (sag A-1): perioder skal være en liste (- ... pr. linje eller [ ... ])",
                "s.yaml:6:23 (sag A-1): arbejdsprøvninger[1].timer_pr_uge skal være et tal, fx 15 eller 7,5",
                "s.yaml:6:44 (sag A-1): ukendt nøgle 'funktioner_beskrevet' i arbejdsprøvninger[1] (andre felter skal"
                        + " være ja eller nej).");
    }

    @Test
    void casesReadOneByOneStillGiveTheFilesProblemsFirstThenEachCasesInOrder() throws IOException {
        read("r.yaml", """
                forord: tekst
                sager:
                  - id: A-1
                    kommune: Vejen
                    kommune: Ærø
                  - id: A-2
                    kommune: [Vejen]
                    afgørelse: {dato: 2010-02-31}
                sager: []
                efterord: tekst
                """);
        assertThat(cases).extracting(Case::id).containsExactly("A-1", "A-2");
        assertThat(cases.get(1).origin().where("afgørelse.dato")).endsWith("r.yaml:8:17");
        assertThat(lines()).containsExactly(
                "r.yaml:5:5: nøglen 'kommune' står mere end én gang i samme sag eller afsnit",
                "r.yaml:9:1: nøglen 'sager' står mere end én gang i samme sag eller afsnit",
                "r.yaml:1:1: ukendt nøgle 'forord' ved siden af sager; alt om en sag skal stå inde i sagen",
                "r.yaml:10:1: ukendt nøgle 'efterord' ved siden af sager; alt om en sag skal stå inde i sagen",
                "r.yaml:7:5 (sag A-2): kommune skal være en enkelt værdi, ikke en liste eller en samling af nøgler",
                "r.yaml:8:17 (sag A-2): " + DanishDates.notADate("afgørelse.dato"));
    }

    @Test
    void aSyntaxErrorAfterSomeCasesDiscardsTheWholeFile() throws IOException {
        read("halv.yaml", """
                sager:
                  - id: A-1
                    kommune: [Vejen]
                  - id: A-2
                    kommune: "Vejen
                """);
        assertThat(cases).isEmpty();
        assertThat(problems).hasSize(1);
        assertThat(lines().get(0)).startsWith("halv.yaml:").doesNotContain("A-1").doesNotContain("Vejen");
    }

    @Test
    void sagerThatIsNotAListIsOneProblemAndNoCases() throws IOException {
        read("m.yaml", "sager: {id: A-1}\n");
        assertThat(cases).isEmpty();
        assertThat(lines()).containsExactly("m.yaml:1:8: sager skal være en liste af sager");
    }

    @Test
    void syntaxErrorsNameThePlaceButNotTheText() throws IOException {
        read("x.yaml", """
                id: A-1
                kommune: "Vejen
                sagstype: bevilling
                """);
        assertThat(problems).hasSize(1);
        assertThat(lines().get(0)).matches("x\\.yaml:\\d+:\\d+: en tekst i anførselstegn slutter ikke .*")
                .doesNotContain("Vejen");
        read("x.json", "{\"id\": \"A-1\",, }");
        assertThat(lines().get(1)).startsWith("x.json:1:").contains("ugyldig JSON");
    }

    @Test
    void aTabInTheIndentationIsNamedAtItsOwnLine() throws IOException {
        read("t.yaml", "sager:\n  - id: A-1\n\tkommune: Vejen\n");
        assertThat(lines()).containsExactly(
                "t.yaml:3:1: tabulatortegn må ikke bruges til indrykning i YAML; brug mellemrum");
    }

    @Test
    void acceptsYamlYmlAndJsonOnly() {
        assertThat(format.accepts(Path.of("a.YAML"))).isTrue();
        assertThat(format.accepts(Path.of("a.yml"))).isTrue();
        assertThat(format.accepts(Path.of("a.json"))).isTrue();
        assertThat(format.accepts(Path.of("a.xlsx"))).isFalse();
        assertThat(format.accepts(Path.of("sager.csv"))).isFalse();
    }

    @Test
    void aYamlAliasIsRefusedAtItsPlaceInsteadOfReadingAsTheAnchorsName() throws IOException {
        read("sager.yaml", "sager:\n  - id: &a SYD10-1\n    kommune: Vejen\n  - id: *a\n    kommune: Vejen\n");
        assertThat(cases).isEmpty();
        assertThat(lines()).singleElement().asString().endsWith("sager.yaml:4:9: " + YamlAliases.MESSAGE);
    }

    @Test
    void aFourMegabyteFileIsReadWhole() throws IOException {
        String remark = "Sagen er oplyst, og borgeren er hørt. ".repeat(30);
        StringBuilder sb = new StringBuilder("sager:\n");
        int n = 0;
        while (sb.length() < 4_200_000) {
            sb.append("  - id: S-").append(++n).append("\n    kommune: Vejen\n    sagstype: bevilling\n")
                    .append("    vurdering: {bemærkning: \"").append(remark).append("\"}\n");
        }
        read("stor.yaml", sb.toString());
        assertThat(lines()).isEmpty();
        assertThat(cases).hasSize(n);
    }

    @Test
    void oneTwentyMegabyteValueIsReadWithoutTrouble() throws IOException {
        String remark = "ab ".repeat(7_000_000);
        read("lang.yaml", EXAMPLE.replace("\"Det fremgår ikke, hvilke funktioner borgeren ikke kan varetage.\"",
                "\"" + remark + "\""));

        assertThat(problems).isEmpty();
        assertThat(cases.get(0).review().remark()).hasSize(remark.strip().length());
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSizeAndAdviceBeforeAnythingIsRead() throws IOException {
        Path file = dir.resolve("kæmpe.yaml");
        try (var raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(CanonicalCaseFormat.MAX_FILE_BYTES + 1L); // sparse: no disk is used
        }
        format.read(file, cases::add, problems);

        assertThat(lines()).containsExactly("kæmpe.yaml: filen er på 256 MB; praksis læser højst 256 MB pr. sagsfil."
                + " Del sagerne i flere filer (alle filer i en mappe læses)");
        assertThat(cases).isEmpty();
    }

    private void read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        format.read(file, cases::add, problems);
    }

    /** Problem lines with the temporary folder cut off. */
    private List<String> lines() {
        return problems.stream().map(p -> p.line().replace(dir.toString() + java.io.File.separator, "")).toList();
    }
}
