package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.results.ResultsFile;
import dk.praksis.results.ResultsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** praksis audit end to end, with the shipped fleksjob-2010 checklist and case files on disk. */
class AuditCommandTest {

    @TempDir
    Path dir;

    static final String CASES = """
            sager:
              - id: SYD10-0001
                kommune: Vejen
                sagstype: revurdering
                afgørelse: {dato: 2010-06-01, foreligger: true}
                perioder:
                  - {type: ledighedsydelse, fra: 2008-06-01, til: 2008-12-31}
                  - {type: barsel, fra: 2009-01-01, til: 2009-04-30}
                  - {type: ledighedsydelse, fra: 2009-06-01}
                hændelser: {revurderinger: [2009-11-20]}
                vurdering:
                  bedømmer: R1
                  svar: {RV1: ja, FV1: ja, FV2: ja, FV3: ja}
                  samlet: i_overensstemmelse
              - id: SYD10-0002
                kommune: Ærø
                sagstype: revurdering
                afgørelse: {dato: 2010-06-01, foreligger: true}
                perioder:
                  - {type: ledighedsydelse, fra: 2009-01-01}
                hændelser: {revurderinger: [2009-12-15]}
                vurdering:
                  bedømmer: R2
                  svar: {RV1: ja, FV1: ja, FV2: ja, FV3: ja}
            """;

    Path auditFile() throws Exception {
        Files.createDirectories(dir.resolve("sager"));
        Files.writeString(dir.resolve("sager/sager.yaml"), CASES);
        Path checklist = Path.of("src/test/resources/maaleskemaer/fleksjob-2010-v1.yaml").toAbsolutePath();
        Path file = dir.resolve("undersoegelse.yaml");
        Files.writeString(file, "titel: Prøveundersøgelse\nopgørelsesdato: 2010-11-30\nmåleskema: " + checklist
                + "\nsager: [sager/]\noutput: ud\n");
        return file;
    }

    @Test
    void aMisspeltAuditFileIsReportedAsMissingNotAsMissingSettings() {
        Path missing = dir.resolve("undersogelse.yaml");
        CliRun r = CliRun.of("audit", missing.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo(missing + ": filen eller mappen findes ikke");
    }

    @Test
    void runsFromTheAuditFileAndPrintsTheSummary() throws Exception {
        CliRun r = CliRun.of("audit", auditFile().toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        Path out = dir.resolve("ud");
        // The reviewer's verdict is the one counted, even where the derived verdict disagrees.
        assertThat(r.out()).contains("Prøveundersøgelse",
                "Vejen        1              1 af 1  100,0 %   0 af 1              0,0 %",
                "Ærø          1              1 af 1  100,0 %   0 af 1              0,0 %",
                "I alt        2              2 af 2  100,0 %   0 af 2              0,0 %",
                "Skrevet til: " + out.toAbsolutePath());
        ResultsFile results = ResultsJson.read(out.resolve("resultater.json"));
        assertThat(results.checklist().id()).isEqualTo("fleksjob-2010");
        assertThat(results.checklist().sha256()).hasSize(64);
        var vejen = results.cases().get(1);
        assertThat(vejen.id()).isEqualTo("SYD10-0001");
        // A deadline is judged up to the audited decision (01.06.2010): the next cycle's deadline lies after it.
        assertThat(vejen.items().get("RV2").reason()).isEqualTo("Revurdering 20.11.2009 lå 21 dage efter fristen "
                + "30.10.2009. Den næste frist 21.11.2010 var endnu ikke nået på afgørelsesdatoen 01.06.2010.");
        assertThat(vejen.verdicts().derived()).isEqualTo("formel");
        assertThat(vejen.verdicts().disagreement()).isTrue();
    }

    @Test
    void anAsOfDateBeforeTheDecisionsIsInvalidInputAndWritesNothing() throws Exception {
        Path out = dir.resolve("ud");
        CliRun r = CliRun.of("audit", auditFile().toString(), "--as-of", "2001-01-01", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.err().lines()).hasSize(2).allMatch(l -> l.contains("ligger efter opgørelsesdatoen 01.01.2001"));
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAnExistingOutputWithExitFiveAndForceReplacesIt() throws Exception {
        Path file = auditFile();
        Path out = dir.resolve("ud");
        assertThat(CliRun.of("undersøg", file.toString()).exitCode()).isZero(); // an earlier run
        byte[] earlier = Files.readAllBytes(out.resolve("samlet-intern.pdf"));

        CliRun refused = CliRun.of("undersøg", file.toString());
        assertThat(refused.exitCode()).isEqualTo(5);
        assertThat(refused.err()).contains(out.toString(), "findes allerede", "--force");
        assertThat(out.resolve("samlet-intern.pdf")).hasBinaryContent(earlier);

        CliRun forced = CliRun.of("audit", file.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("resultater.json", "resultater.csv", "samlet-offentlig.pdf",
                            "samlet-intern.pdf", "samlet.xlsx", "pixi.pdf", "kommuner", ".praksis-manifest.json");
        }
        try (Stream<Path> files = Files.list(out.resolve("kommuner"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("492-Ærø.pdf", "492-Ærø.xlsx", "575-Vejen.pdf", "575-Vejen.xlsx");
        }
    }

    @Test
    void flagsAloneAndFlagsOverridingTheFile() throws Exception {
        Path file = auditFile();
        Path other = dir.resolve("andet");
        CliRun r = CliRun.of("audit", file.toString(), "--out", other.toString(), "--as-of", "01.07.2010",
                "--title", "Anden titel");
        assertThat(r.exitCode()).isZero();
        ResultsFile results = ResultsJson.read(other.resolve("resultater.json"));
        assertThat(results.audit().title()).isEqualTo("Anden titel");
        assertThat(results.audit().asOf()).hasToString("2010-07-01");

        Path third = dir.resolve("tredje");
        CliRun flags = CliRun.of("audit", "--checklist", "src/test/resources/maaleskemaer/fleksjob-2010-v1.yaml", "--out", third.toString(),
                "--as-of", "2010-11-30", dir.resolve("sager").toString());
        assertThat(flags.exitCode()).isZero();
        ResultsFile byFlags = ResultsJson.read(third.resolve("resultater.json"));
        assertThat(byFlags.audit().title()).isEqualTo("Praksisundersøgelse om fleksjob og revurdering af ledighedsydelse");
        assertThat(byFlags.audit().asOf()).hasToString("2010-11-30");
        assertThat(byFlags.cases()).extracting(c -> c.id()).containsExactly("SYD10-0002", "SYD10-0001");
    }

    @Test
    void identicalInputsGiveIdenticalBytes() throws Exception {
        Path file = auditFile();
        assertThat(CliRun.of("audit", file.toString(), "--out", dir.resolve("a").toString()).exitCode()).isZero();
        assertThat(CliRun.of("audit", file.toString(), "--out", dir.resolve("b").toString()).exitCode()).isZero();
        for (String name : new String[] {"resultater.json", "resultater.csv"}) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(name)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(name)));
        }
    }

    @Test
    void missingPartsAreAUsageError() {
        CliRun r = CliRun.of("audit", "--out", dir.resolve("x").toString(), "sager");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Undersøgelsen mangler måleskema (--checklist), opgørelsesdato (--as-of)");
    }
}
