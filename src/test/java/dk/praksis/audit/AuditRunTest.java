package dk.praksis.audit;

import static dk.praksis.scoring.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.DatedPeriod;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.OutputExistsException;
import dk.praksis.results.ResultsCsv;
import dk.praksis.results.ResultsFile;
import dk.praksis.results.ResultsJson;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.Fixtures;
import dk.praksis.scoring.Scorer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline with a checklist and cases built in Java. */
class AuditRunTest {

    @TempDir
    Path dir;

    static final List<Case> CASES = List.of(
            Fixtures.grant("V-2", Fixtures.VEJEN, Fixtures.review(null, "VV1", "ja", "VV3", "ja", "FV3", "ja")),
            Fixtures.grant("V-1", Fixtures.VEJEN, Fixtures.review("hjemvisning", "VV1", "nej", "VV3", "ja", "FV3", "ja")),
            Fixtures.reassessment("Æ-1", Fixtures.AERO,
                    List.of(new DatedPeriod("ledighedsydelse", d("2008-10-04"), null)), List.of(),
                    Fixtures.review(null, "FV3", "ja")));

    final List<Integer> streamed = new ArrayList<>();

    AuditRun run(List<OutputRenderer> renderers) {
        return new AuditRun(p -> Fixtures.checklist(), (inputs, checklist, options, sink) -> {
            CASES.forEach(c -> {
                streamed.add(1);
                sink.accept(c);
            });
            return 0;
        }, renderers);
    }

    AuditSpec spec(Path out) {
        return new AuditSpec("Testundersøgelse", "Nævnet", 2010, null, d("2010-11-30"), Path.of("test.yaml"),
                List.of(Path.of("sager")), out, Map.of("Vejen", 77));
    }

    @Test
    void scoresEveryCaseAndWritesJsonAndCsv() throws Exception {
        Path out = dir.resolve("ud");
        AuditOutcome o = run(AuditRun.resultRenderers()).run(spec(out), CaseReadOptions.DEFAULT, false);
        assertThat(streamed).hasSize(3);
        assertThat(o.cases()).extracting(c -> c.caseId()).containsExactly("Æ-1", "V-1", "V-2");
        assertThat(o.cases()).extracting(c -> c.verdict()).containsExactly("formel", "hjemvisning", "i_overensstemmelse");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("resultater.json",
                    "resultater.csv", ".praksis-manifest.json");
        }
        ResultsFile r = ResultsJson.read(out.resolve("resultater.json"));
        assertThat(r).isEqualTo(o.results());
        assertThat(r.audit().title()).isEqualTo("Testundersøgelse");
        assertThat(r.cases().get(0).items().get("RV2").reason()).isEqualTo(
                "Ingen revurdering; fristen 04.10.2009 var overskredet med 422 dage på opgørelsesdatoen 30.11.2010.");
        assertThat(Files.readString(out.resolve("resultater.csv"), StandardCharsets.UTF_8).split("\r\n"))
                .hasSize(1 + 3 * 8);
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(out); // no temporary folder left behind
        }
    }

    @Test
    void theResultsFilesWrittenAsTheCasesStreamEqualThoseOfTheWholeFileHeldInMemory() throws Exception {
        Path out = dir.resolve("ud");
        run(AuditRun.resultRenderers()).run(spec(out), CaseReadOptions.DEFAULT, false);
        // Read back, the file is an ordinary list of entries, as the results writers were given before.
        ResultsFile whole = ResultsJson.read(out.resolve("resultater.json"));
        assertThat(ResultsJson.toBytes(whole)).isEqualTo(Files.readAllBytes(out.resolve("resultater.json")));
        assertThat(ResultsCsv.toBytes(whole)).isEqualTo(Files.readAllBytes(out.resolve("resultater.csv")));
    }

    @Test
    void aChecklistThatEarlierAuditsShareIsReadOnceForTheRun() throws Exception {
        Path checklist = dir.resolve("maaleskema.yaml");
        Path earlier = dir.resolve("2009/undersoegelse.yaml");
        Files.createDirectories(earlier.getParent());
        Files.writeString(earlier, "titel: Prøve 2009\når: 2009\nopgørelsesdato: 2010-11-30\n"
                + "måleskema: ../maaleskema.yaml\nsager: [sager/]\noutput: ud\n", StandardCharsets.UTF_8);
        List<Path> read = new ArrayList<>();
        AuditRun run = new AuditRun(p -> {
            read.add(p);
            return Fixtures.checklist();
        }, (inputs, c, options, sink) -> {
            CASES.forEach(sink);
            return 0;
        }, AuditRun.resultRenderers());
        AuditSpec spec = new AuditSpec("Testundersøgelse", "Nævnet", 2010, null, d("2010-11-30"), checklist,
                List.of(Path.of("sager")), dir.resolve("ud"), Map.of(), null, null, null, null,
                new Publication(dk.praksis.boardtext.BoardTextFiles.NONE, List.of(earlier), null, null, null, null));
        AuditOutcome o = run.run(spec, CaseReadOptions.DEFAULT, false);
        assertThat(read).containsExactly(checklist); // the earlier audit names the same file
        assertThat(o.report().followUp()).isNotNull();
    }

    @Test
    void aDecisionAfterTheAsOfDateIsInvalidInputNamingEveryCaseAndPlace() {
        Path out = dir.resolve("ud");
        AuditSpec early = new AuditSpec("Test", null, 2010, null, d("2010-04-01"), Path.of("test.yaml"),
                List.of(Path.of("sager")), out, Map.of());
        assertThatThrownBy(() -> run(AuditRun.resultRenderers()).run(early, CaseReadOptions.DEFAULT, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.lines()).containsExactly(
                        "sager.yaml:1:1 (sag Æ-1): afgørelsen 01.06.2010 ligger efter opgørelsesdatoen 01.04.2010;"
                                + " ret opgørelsesdatoen (opgørelsesdato i undersoegelse.yaml eller --as-of)"
                                + " eller sagens dato"));
        assertThat(streamed).hasSize(3); // every case was read and checked
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAnExistingOutputAndLeavesItUntouched() throws Exception {
        Path out = Files.createDirectories(dir.resolve("ud"));
        Files.writeString(out.resolve("gammel.txt"), "bevar mig");
        assertThatThrownBy(() -> run(AuditRun.resultRenderers()).run(spec(out), CaseReadOptions.DEFAULT, false))
                .isInstanceOf(OutputExistsException.class).hasMessageContaining("--force");
        assertThat(streamed).isEmpty(); // refused before any work
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(out.resolve("gammel.txt"));
        }
        assertThat(Files.readString(out.resolve("gammel.txt"))).isEqualTo("bevar mig");
    }

    @Test
    void theOutputFoldersRefusalComesBeforeAChecklistThatCannotBeRead() throws Exception {
        // the folder is checked on a thread of its own while the checklist is read; its failure still wins
        Path out = Files.createDirectories(dir.resolve("ud"));
        Files.writeString(out.resolve("noter.txt"), "ikke praksis' uddata");
        AuditRun unreadable = new AuditRun(p -> {
            throw new InvalidInputException(p.toString(), "filen findes ikke");
        }, (inputs, checklist, options, sink) -> {
            streamed.add(1);
            return 0;
        }, AuditRun.resultRenderers());
        assertThatThrownBy(() -> unreadable.run(spec(out), CaseReadOptions.DEFAULT, true))
                .isInstanceOf(OutputExistsException.class).hasMessageContaining(".praksis-manifest.json");
        assertThat(streamed).isEmpty();
        assertThat(Files.readString(out.resolve("noter.txt"))).isEqualTo("ikke praksis' uddata");

        Path fresh = dir.resolve("ny");
        assertThatThrownBy(() -> unreadable.run(spec(fresh), CaseReadOptions.DEFAULT, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("filen findes ikke");
        assertThat(fresh).doesNotExist();
    }

    @Test
    void forceReplacesTheOldOutputOnlyWhenTheNewIsComplete() throws Exception {
        Path out = dir.resolve("ud");
        run(AuditRun.resultRenderers()).run(spec(out), CaseReadOptions.DEFAULT, false); // an earlier run's output
        String earlier = Files.readString(out.resolve("resultater.json"));
        OutputRenderer failing = (o, d) -> {
            throw new UncheckedIOException(new java.io.IOException("disken er fuld"));
        };
        List<OutputRenderer> broken = new ArrayList<>(AuditRun.resultRenderers());
        broken.add(failing);
        assertThatThrownBy(() -> run(broken).run(spec(out), CaseReadOptions.DEFAULT, true))
                .isInstanceOf(dk.praksis.errors.OutputFailedException.class);
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(out);
        }
        assertThat(Files.readString(out.resolve("resultater.json"))).isEqualTo(earlier);

        run(AuditRun.resultRenderers()).run(spec(out), CaseReadOptions.DEFAULT, true);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("resultater.json",
                    "resultater.csv", ".praksis-manifest.json");
        }
        assertThat(Files.readString(out.resolve("resultater.json"))).contains("praksis-resultater/1");
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(out);
        }
    }

    @Test
    void progressHearsEveryCaseThenTheWritingThenTheEnd() {
        List<String> events = new java.util.ArrayList<>();
        Progress recorder = new Progress() {
            @Override
            public void caseScored() {
                events.add("sag");
            }

            @Override
            public void writing() {
                events.add("skriver");
            }

            @Override
            public void finished() {
                events.add("slut");
            }
        };
        run(List.of()).run(spec(dir.resolve("ud")), CaseReadOptions.DEFAULT, false, recorder);
        assertThat(events).containsExactly("sag", "sag", "sag", "skriver", "slut");
    }

    @Test
    void theWarningAboutUnexplainedVerdictsNamesTenCasesAndCountsTheRest() {
        // Twelve reviewers say "i overensstemmelse" where the answers send the case back, and none explains why.
        List<Case> many = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(i -> Fixtures.grant(String.format("U-%02d", i), Fixtures.VEJEN,
                        Fixtures.review("i_overensstemmelse", "VV1", "nej", "VV3", "ja", "FV3", "ja")))
                .toList();
        AuditOutcome o = new AuditRun(p -> Fixtures.checklist(), (inputs, checklist, options, sink) -> {
            many.forEach(sink);
            return 0;
        }, List.of()).run(spec(dir.resolve("ud")), CaseReadOptions.DEFAULT, false);
        assertThat(AuditSummary.lines(o, Path.of("/tmp/ud"))).anySatisfy(l -> assertThat(l)
                .startsWith("Advarsel: i 12 sager afviger bedømmerens samlede vurdering")
                .contains("(U-01, U-02, U-03, U-04, U-05, U-06, U-07, U-08, U-09, U-10 og 2 flere;"
                        + " praksis validate med undersøgelsesfilen viser hver sag med sted)")
                .doesNotContain("U-11", "U-12"));
    }

    @Test
    void summaryTableUsesDecimalCommaAndNamesTheDenominator() {
        AuditOutcome o = run(List.of()).run(spec(dir.resolve("ud")), CaseReadOptions.DEFAULT, false);
        List<String> lines = AuditSummary.lines(o, Path.of("/tmp/ud"));
        assertThat(lines.get(0)).isEqualTo("Testundersøgelse");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Ærø").contains(" 1 ", "0,0 %"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Vejen").contains(" 2 ", "50,0 %"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("I alt").contains(" 3 ", "33,3 %"));
        assertThat(lines).contains("Procenterne er af de realitetsbehandlede sager (tallet efter »af«).",
                "Sager, der ikke kan vurderes, indgår ikke i procenterne.");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Skrevet til: /tmp/ud");
    }
}
