package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {

    private static final String CHECKLIST = "checklists/fleksjob-2010.yaml";

    @TempDir
    Path dir;

    @Test
    void writesTheWorkbookForTheShippedChecklist() throws IOException {
        Path out = dir.resolve("skabelon.xlsx");
        CliRun r = CliRun.of("template", "--checklist", CHECKLIST, "--out", out.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Skabelon skrevet: " + out, "måleskema fleksjob-2010, version 3",
                "ark: Sager, Perioder, Hændelser, Arbejdsprøvninger, Dokumenter, Anden vurdering, Vejledning");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sager = wb.getSheet("Sager");
            StringBuilder headers = new StringBuilder();
            sager.getRow(0).forEach(c -> headers.append(c.getStringCellValue()).append(' '));
            // The facts the checklist uses (FV2/FV3's fuldt medhold on the decision, the move date of
            // § 74 c, AP1's exception) come before the answers.
            assertThat(headers.toString().strip()).isEqualTo("id kommune sagstype afgørelse_dato afgørelse_foreligger"
                    + " afgørelse_fuldt_medhold flytning afprøvning_åbenbart_formålsløs lægelige_oplysninger bedømmer"
                    + " VV1 VV2 VV3 VV4 VV5"
                    + " AP2 AP3 RP3 RP4 RV1 RV5 RV6 RV7 RV8 FV1 FV2 FV3 samlet bemærkning"
                    + " VV1 begrundelse VV2 begrundelse VV3 begrundelse VV4 begrundelse VV5 begrundelse AP2 begrundelse"
                    + " AP3 begrundelse RP3 begrundelse RP4 begrundelse RV1 begrundelse RV5 begrundelse RV6 begrundelse"
                    + " RV7 begrundelse RV8 begrundelse FV1 begrundelse FV2 begrundelse FV3 begrundelse");
            DataValidation ap3 = sager.getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 16).findFirst().orElseThrow();
            assertThat(ap3.getValidationConstraint().getExplicitListValues())
                    .containsExactly("ja", "nej", "delvis", "ikke relevant");
            StringBuilder docHeaders = new StringBuilder();
            wb.getSheet("Dokumenter").getRow(0).forEach(c -> docHeaders.append(c.getStringCellValue()).append(' '));
            assertThat(docHeaders.toString()).startsWith("id dokument dato uddannelse arbejdsmarkedserfaring")
                    .contains("bolig_og_økonomi", "samlet_vurdering");
        }
    }

    @Test
    void refusesToOverwriteWithoutForceAndIsByteIdenticalWithIt() throws IOException {
        Path out = dir.resolve("skabelon.xlsx");
        assertThat(CliRun.of("skabelon", "--checklist", CHECKLIST, "--out", out.toString()).exitCode()).isZero();
        byte[] first = Files.readAllBytes(out);

        CliRun again = CliRun.of("template", "--checklist", CHECKLIST, "--out", out.toString());
        assertThat(again.exitCode()).isEqualTo(5);
        assertThat(again.err()).contains(out + ": findes allerede; vælg et andet filnavn med --out, eller overskriv med --force");

        CliRun forced = CliRun.of("template", "--checklist", CHECKLIST, "--out", out.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(first);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(out, dir.resolve(".praksis-filer.json"));
        }

        Files.write(out, java.util.Arrays.copyOf(first, first.length - 1)); // the reviewers' work in it now
        CliRun filledIn = CliRun.of("template", "--checklist", CHECKLIST, "--out", out.toString(), "--force");
        assertThat(filledIn.exitCode()).isEqualTo(5);
        assertThat(filledIn.err()).contains(out + ": findes og er ikke skrevet af praksis, eller den er ændret siden");
        assertThat(Files.readAllBytes(out)).hasSize(first.length - 1);
    }

    @Test
    void wrongOutputIsUsageAndABadChecklistIsInvalidInput() throws IOException {
        CliRun csv = CliRun.of("template", "--checklist", CHECKLIST, "--out", dir.resolve("x.csv").toString());
        assertThat(csv.exitCode()).isEqualTo(2);
        assertThat(csv.err()).contains("--out skal være en .xlsx-fil");

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "id: x\nversion: 1\n");
        Path out = dir.resolve("skabelon.xlsx");
        CliRun invalid = CliRun.of("template", "--checklist", bad.toString(), "--out", out.toString());
        assertThat(invalid.exitCode()).isEqualTo(3);
        assertThat(invalid.err()).contains(bad.toString());
        assertThat(out).doesNotExist();

        CliRun missing = CliRun.of("template", "--out", out.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("mangler --checklist");
    }
}
