package dk.praksis.audit;

import static dk.praksis.scoring.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.DatedPeriod;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.OutputExistsException;
import dk.praksis.results.ResultsFile;
import dk.praksis.results.ResultsJson;
import dk.praksis.scoring.Fixtures;
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
