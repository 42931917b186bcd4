package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.compare.CompareFixturesAccess;
import dk.praksis.results.ResultsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    @TempDir
    Path dir;
    Path y2010;
    Path y2011;
    Path out;

    @BeforeEach
    void writeResults() throws IOException {
        Files.createDirectories(dir.resolve("2010"));
        Files.createDirectories(dir.resolve("2011"));
        y2010 = dir.resolve("2010/resultater.json");
        y2011 = dir.resolve("2011/resultater.json");
        ResultsJson.write(CompareFixturesAccess.y2010(), y2010);
        ResultsJson.write(CompareFixturesAccess.y2011(), y2011);
        out = dir.resolve("sammenligning");
    }

    @Test
    void writesTheComparisonAndMarksOnlyClearChanges() throws IOException {
        CliRun r = CliRun.of("sammenlign", y2011.toString(), y2010.toString(), "--out", out.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains(
                "Sammenligning af 2010 og 2011 (95 %-konfidensintervaller)",
                "Ændring 2010–2011 i procentpoint",
                "I overensstemmelse        60,0 % af 80      80,0 % af 70      +20,0 (+5,2 til +33,4) *",
                "*  Vejen, I overensstemmelse: 2010–2011 +60,0 (+17,1 til +80,9) procentpoint, Fisher p = 0,020,"
                        + " justeret p = 0,099",
                "*  Vejen, spørgsmål AP1 (Er der gennemført arbejdsprøvning?): 2010–2011 +55,6 (+12,1 til +81,1)"
                        + " procentpoint, Fisher p = 0,029, justeret p = 0,118",
                // AP3 for all kommuner holds within its family of 2 (all kommuner, questions); in one family of 21 it did not
                "** Alle kommuner, spørgsmål AP3 (Er arbejdsprøvningen relevant og dækkende for borgerens…): 2010–2011"
                        + " +19,8 (+3,9 til +34,3) procentpoint, Fisher p = 0,018, justeret p = 0,036",
                "Korrektion for mange sammenligninger (Benjamini–Hochberg) inden for hver familie af ændringer;"
                        + " de, der holder, er markeret med **:\n"
                        + "Samlet vurdering for alle kommuner: 5 sammenligninger, ca. 0,3 markeret ved tilfældighed;"
                        + " ingen holder efter korrektion.\n"
                        + "Spørgsmål for alle kommuner: 2 sammenligninger, ca. 0,1 markeret ved tilfældighed;"
                        + " 1 holder efter korrektion.\n"
                        + "Samlet vurdering pr. kommune: 10 sammenligninger, ca. 0,5 markeret ved tilfældighed;"
                        + " ingen holder efter korrektion.\n"
                        + "Spørgsmål pr. kommune: 4 sammenligninger, ca. 0,2 markeret ved tilfældighed;"
                        + " ingen holder efter korrektion.\n",
                "Kun med i ét år (ikke sammenlignet): Ærø (2010)",
                "Spørgsmål med ændret regel (ikke sammenlignet): 2010/RV2, 2011/RV2",
                "Spørgsmål kun med i ét år: 2010/AP2, 2011/AP2b, 2011/KU1",
                "Skrevet til " + out);
        assertThat(r.out()).doesNotContain("* Odense", "** Vejen");
        assertThat(Files.readString(out.resolve("sammenligning.json"))).contains("\"format\" : \"praksis-sammenligning/1\"");
        assertThat(out.toFile().list()).containsExactlyInAnyOrder("sammenligning.json", "sammenligning.xlsx",
                "sammenligning.pdf", ".praksis-manifest.json");
        assertThat(dir.toFile().list()).as("no temporary folder left behind")
                .containsExactlyInAnyOrder("2010", "2011", "sammenligning");
    }

    @Test
    void changesThatHoldAfterCorrectionAreMarkedWithTwoStarsAndCounted() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        ResultsJson.write(CompareFixturesAccess.verdictsOnly(2010, 20, 100), a);
        ResultsJson.write(CompareFixturesAccess.verdictsOnly(2011, 80, 100), b);
        CliRun r = CliRun.of("compare", a.toString(), b.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        List<String> marked = java.util.Arrays.stream(lines).filter(l -> l.startsWith("  **")).toList();
        assertThat(marked).hasSize(6).contains("  ** Vejen, I overensstemmelse: 2010–2011 +60,0 (+47,4 til +69,4)"
                + " procentpoint, Fisher p < 0,001, justeret p < 0,001");
        assertThat(r.out()).contains("I overensstemmelse        20,0 % af 100     80,0 % af 100     +60,0 (+47,4 til +69,4) **",
                "Samlet vurdering for alle kommuner: 5 sammenligninger, ca. 0,3 markeret ved tilfældighed;"
                        + " 3 holder efter korrektion.\n"
                        + "Samlet vurdering pr. kommune: 5 sammenligninger, ca. 0,3 markeret ved tilfældighed;"
                        + " 3 holder efter korrektion.\n");
        assertThat(r.out()).as("families without comparisons are left out").doesNotContain("Spørgsmål for alle kommuner:");
        List<String> all = List.of(lines);
        int sentence = all.indexOf(all.stream().filter(l -> l.startsWith("Korrektion for mange")).findFirst().orElseThrow());
        assertThat(lines[sentence - 1]).as("the family lines follow the list of marked changes").startsWith("  **");
    }

    @Test
    void anAuditOutputFolderStandsForItsResultsFile() throws IOException {
        CliRun r = CliRun.of("compare", y2010.getParent().toString(), y2011.getParent().toString(), "--out", out.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        String json = Files.readString(out.resolve("sammenligning.json"));
        assertThat(json).contains("\"fil\" : \"resultater.json\"")
                .as("no local folder in the output (issue 11)").doesNotContain(dir.toString());
        CliRun empty = CliRun.of("compare", dir.toString(), y2011.toString(), "--out", dir.resolve("andet").toString());
        assertThat(empty.exitCode()).isEqualTo(3);
        assertThat(empty.err()).contains(dir.resolve("resultater.json") + ": filen findes ikke");
    }

    @Test
    void aDraftForHoeringIsComparedWithAWarning() throws IOException {
        String json = Files.readString(y2011);
        assertThat(json).contains("\"undersøgelse\" : {");
        Files.writeString(y2011, json.replace("\"undersøgelse\" : {", "\"undersøgelse\" : {\n    \"udkast\" : true,"));
        CliRun r = CliRun.of("compare", y2010.toString(), y2011.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("Advarsel: " + y2011 + " (2011) er et udkast til høring (audit --udkast)")
                .doesNotContain("(2010)");
    }

    @Test
    void refusesAnExistingFolderUnlessForced() throws IOException {
        assertThat(CliRun.of("compare", y2010.toString(), y2011.toString(), "--out", out.toString()).exitCode())
                .isZero(); // an earlier run's output
        Files.writeString(out.resolve("sammenligning.json"), "x");
        CliRun refused = CliRun.of("compare", y2010.toString(), y2011.toString(), "--out", out.toString());
        assertThat(refused.exitCode()).isEqualTo(5);
        assertThat(refused.err()).contains(out + ": findes allerede");
        assertThat(out.resolve("sammenligning.json")).hasContent("x");
        CliRun edited = CliRun.of("compare", y2010.toString(), y2011.toString(), "--out", out.toString(), "--force");
        assertThat(edited.exitCode()).isEqualTo(5);
        assertThat(edited.err()).contains("sammenligning.json er ændret, siden praksis skrev den");
        assertThat(out.resolve("sammenligning.json")).hasContent("x");
        Files.delete(out.resolve("sammenligning.json"));

        CliRun forced = CliRun.of("compare", y2010.toString(), y2011.toString(), "--out", out.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(out.resolve("sammenligning.json"))).contains("\"format\"");
    }

    @Test
    void mappingProblemsNameTheFileAndPlace() throws IOException {
        Path mapping = dir.resolve("mapping.yaml");
        Files.writeString(mapping, "# 2010 → 2011\n2010/AP2: 2011/AP2b\n2010/AP7: 2011/AP2b\nAP3: 2011/AP3\n");
        CliRun r = CliRun.of("compare", y2010.toString(), y2011.toString(), "--out", out.toString(),
                "--mapping", mapping.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().lines()).containsExactly(
                mapping + ":4:1: skriv hvert spørgsmål som år/id, fx \"2010/AP2: 2011/AP2b\"");
        Files.writeString(mapping, "2010/AP2: 2011/AP2b\n2010/AP7: 2011/AP1\n");
        r = CliRun.of("compare", y2010.toString(), y2011.toString(), "--out", out.toString(),
                "--mapping", mapping.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().lines()).containsExactly(mapping + ":2:1: spørgsmålet AP7 findes ikke i 2010");
        assertThat(out).doesNotExist();
    }

    @Test
    void mappingFileIsApplied() throws IOException {
        Path mapping = dir.resolve("mapping.yaml");
        Files.writeString(mapping, "{2010/AP2: 2011/AP2b}\n");
        CliRun r = CliRun.of("compare", y2010.toString(), y2011.toString(), "--out", out.toString(),
                "--mapping", mapping.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readString(out.resolve("sammenligning.json"))).contains("\"mappingfil\"",
                "Sammenholdt efter mappingfilen: 2010/AP2 svarer til 2011/AP2b.");
    }

    @Test
    void missingOrForeignFilesAreInvalidInput() throws IOException {
        Path other = dir.resolve("andet.json");
        Files.writeString(other, "{\"format\": \"noget-andet/1\"}");
        CliRun r = CliRun.of("compare", y2010.toString(), other.toString(), dir.resolve("mangler.json").toString(),
                "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains(other + ": filen er ikke en resultatfil fra praksis",
                dir.resolve("mangler.json") + ": filen findes ikke");
        assertThat(out).doesNotExist();
    }

    @Test
    void helpIsDanishAndFormatted() {
        CliRun r = CliRun.of("compare", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Brug: praksis compare", "andele med konfidensintervaller (95 %)", "--mapping=FIL",
                "Skriver sammenligning.json, sammenligning.xlsx og sammenligning.pdf i MAPPE.");
    }

    @Test
    void oneFileIsAUsageError() {
        CliRun r = CliRun.of("compare", y2010.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
    }
}
