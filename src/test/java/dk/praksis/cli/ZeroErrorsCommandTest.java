package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dk.praksis.testdata.LedelsestilsynYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZeroErrorsCommandTest {

    @TempDir
    Path dir;

    @TempDir
    static Path audited;

    @BeforeAll
    static void auditTheShippedMonths() {
        LedelsestilsynYear.results(audited);
    }

    /** The arguments, then the folders 'praksis audit' wrote for the nine months. */
    private static List<String> args(String... first) {
        List<String> out = new ArrayList<>(List.of(first));
        for (int m = 1; m <= 9; m++) {
            out.add(audited.resolve(String.format("tilsyn-2013-%02d", m)).toString());
        }
        return out;
    }

    @Test
    void theDanishAliasPrintsTheCandidatesWithTheirCasesAndWritesCsvAndWorkbook() throws IOException {
        List<String> a = args("nulfejl", "--måneder", "6", "--out", dir.resolve("ud").toString());
        CliRun r = CliRun.of(a.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("9 måneder, januar 2013 – september 2013, 38 sager.",
                "  PL1    6          apr 2013–sep 2013        24  13,8 %",
                "  LT1    6          apr 2013–sep 2013        12  24,2 %",
                "  PL3: 4 måneder uden fejl (16 sager); 1 fejl i 4 bedømte sager i maj 2013",
                "Tællende spørgsmål uden fejlbegreb, ikke med: PL4.");
        assertThat(dir.resolve("ud/nulfejl.csv")).isRegularFile();
        assertThat(dir.resolve("ud/nulfejl.xlsx")).isRegularFile();
        CliRun again = CliRun.of(a.toArray(String[]::new));
        assertThat(again.exitCode()).isEqualTo(5);
        CliRun nine = CliRun.of(args("zero-errors", "--months", "10").toArray(String[]::new));
        assertThat(nine.out()).contains("Ingen kontrolpunkter har været uden fejl i 10 måneder i træk.");
    }

    @Test
    void badInputIsNamed() throws IOException {
        CliRun zero = CliRun.of(args("nulfejl", "--måneder", "0").toArray(String[]::new));
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("--måneder skal være 1 eller større");
        Path notResults = Files.writeString(dir.resolve("liste.json"), "{\"format\": \"praksis-udtraek/1\"}");
        CliRun wrong = CliRun.of("nulfejl", notResults.toString());
        assertThat(wrong.exitCode()).isEqualTo(3);
        assertThat(wrong.err()).contains("liste.json: filen er ikke en resultatfil fra praksis");
    }
}
