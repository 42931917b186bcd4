package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {

    private static final Path LEDELSESTILSYN = Path.of("sample-cases/udtraek/ledelsestilsyn");

    @TempDir
    Path dir;

    private Path plan(String yaml) throws IOException {
        Files.copy(LEDELSESTILSYN.resolve("population-2013-03.csv"), dir.resolve("population-2013-03.csv"));
        Path plan = dir.resolve("udtraek.yaml");
        Files.writeString(plan, yaml);
        return plan;
    }

    @Test
    void theDanishAliasDrawsAndPrintsTheSeedAndTheHash() {
        CliRun r = CliRun.of("udtræk", LEDELSESTILSYN.resolve("udtraek.yaml").toString(), "--out",
                dir.resolve("ud").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Frø: 201303", "Population: population-2013-03.csv, 130 sager, SHA-256 ",
                "573 Varde: 4 udtrukket, 3 i reserve");
        assertThat(dir.resolve("ud/kommuner/573-Varde-indkaldelse.pdf")).isRegularFile();

        CliRun again = CliRun.of("sample", LEDELSESTILSYN.resolve("udtraek.yaml").toString(), "--out",
                dir.resolve("ud").toString());
        assertThat(again.exitCode()).isEqualTo(5);
    }

    @Test
    void withoutASeedOneIsChosenPrintedAndRecorded() throws IOException {
        Path plan = plan("population: population-2013-03.csv\npr_kommune: 2\n");
        CliRun r = CliRun.of("sample", plan.toString(), "--out", dir.resolve("ud").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String seed = r.out().lines().findFirst().orElseThrow().replaceAll("^Frø: (\\d+) .*", "$1");
        assertThat(r.out()).contains("(valgt nu; skriv det i udtræksfilen som frø: " + seed);
        assertThat(Files.readString(dir.resolve("ud/protokol.json"))).contains("\"frø\" : " + seed + ",");
        CliRun redo = CliRun.of("sample", plan.toString(), "--seed", seed, "--out", dir.resolve("igen").toString());
        assertThat(Files.readAllBytes(dir.resolve("igen/udtraek.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("ud/udtraek.csv")));
        assertThat(redo.exitCode()).isZero();
    }

    @Test
    void aRedrawForACaseworkerPrintsHowToRedoItAndABlankCodeIsAUsageError() throws IOException {
        Path plan = plan("population: population-2013-03.csv\nfrø: 7\nstrata:\n  - {navn: Alle, antal: 2}\n");
        CliRun r = CliRun.of("udtræk", plan.toString(), "--sagsbehandler", "SB3", "--out", dir.resolve("sb3").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Udtræk for sagsbehandler SB3 (kolonnen sagsbehandler); gentag det med --seed 7"
                + " --sagsbehandler SB3", "573 Varde: 2 udtrukket", "denne gang SB3");
        assertThat(Files.readString(dir.resolve("sb3/udtraek.csv"))).contains(";SB3\r\n").doesNotContain(";SB1\r\n");
        CliRun blank = CliRun.of("sample", plan.toString(), "--sagsbehandler", " ", "--out", dir.resolve("x").toString());
        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.err()).contains("--sagsbehandler skal have en kode");
    }

    @Test
    void problemsInTheSampleFileAreNamedWithLineAndColumn() throws IOException {
        Path plan = plan("population: population-2013-03.csv\nprkommune: 2\nstrata:\n  - {navn: Kort, antal: 0}\n");
        CliRun r = CliRun.of("sample", plan.toString(), "--out", dir.resolve("ud").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains(plan + ":2:1: ukendt nøgle 'prkommune'", "Mente du pr_kommune?",
                plan + ":4:18: antal skal være et helt tal, 1 eller større");
        assertThat(dir.resolve("ud")).doesNotExist();
    }

    @Test
    void anUnknownFieldInTheLetterTemplateIsAnErrorAtItsLine() throws IOException {
        Path plan = plan("population: population-2013-03.csv\npr_kommune: 2\nbrev: brev.md\n");
        Files.writeString(dir.resolve("brev.md"), "# Brev\n\nKære {kommune}\n\nSvar senest {fristen}.\n");
        CliRun r = CliRun.of("sample", plan.toString(), "--out", dir.resolve("ud").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("brev.md:5:13: ukendt felt {fristen}; brevskabelonen kan bruge {kommune}");
    }

    @Test
    void planningGivesCasesPerKommuneAndInAll() {
        CliRun r = CliRun.of("udtræk", "--planlæg", "--andel", "5", "--halvbredde", "5", "--population", "Odense=334",
                "--population", "Ærø=13");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Forventet andel 5 %, 95 %-interval på højst ±5 procentpoint",
                "Kommune med mange eller et ukendt antal afgørelser: 83 sager.");
        assertThat(r.out().lines().filter(l -> l.contains("Odense"))).singleElement().asString()
                .matches("\\s*461\\s+Odense\\s+334 afgørelser\\s+67 sager");
        assertThat(r.out().lines().filter(l -> l.contains("Ærø"))).singleElement().asString()
                .matches("\\s*492\\s+Ærø\\s+13 afgørelser\\s+12 sager");
        assertThat(r.out().lines().filter(l -> l.contains("I alt"))).singleElement().asString()
                .matches("\\s*I alt\\s+79 sager");
    }

    @Test
    void planningChecksItsNumbers() {
        assertThat(CliRun.of("sample", "--planlæg", "--andel", "fem", "--halvbredde", "5").err())
                .contains("--andel skal være et tal i procent, fx 5 eller 12,5");
        CliRun r = CliRun.of("sample", "--planlæg", "--andel", "12,5", "--halvbredde", "5", "--population", "Vejn=71");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--population: ukendt kommune 'Vejn'. Mente du Vejen?");
        assertThat(CliRun.of("sample", "--planlæg", "--andel", "5").exitCode()).isEqualTo(2);
    }
}
