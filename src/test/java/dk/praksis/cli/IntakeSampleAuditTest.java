package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.testdata.IntakeExample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped chain draw → call-in → audit (sample-cases/udtraek/undersoegelse): {@code praksis audit} accounts for
 * the cases called in, received, left out and replaced exactly as the generator's own lists say.
 */
class IntakeSampleAuditTest {

    private static final String AUDIT = "sample-cases/udtraek/undersoegelse/undersoegelse.yaml";

    @TempDir
    Path dir;

    private static long count(IntakeExample.Kommune k, String reason) {
        return k.dropped().stream().filter(d -> d.reason().equals(reason)).count();
    }

    @Test
    void theWorkbookAndMetodeAccountForEveryCaseCalledIn() throws IOException {
        List<IntakeExample.Kommune> kommuner = IntakeExample.build(dir.resolve("draw")).kommuner();
        CliRun run = CliRun.of("audit", AUDIT, "--out", dir.resolve("ud").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        int requested = kommuner.stream().mapToInt(k -> k.drawn().size()).sum();
        int dropped = kommuner.stream().mapToInt(k -> k.dropped().size()).sum();
        int reserves = kommuner.stream().mapToInt(IntakeExample.Kommune::replacements).sum();
        int reviewed = kommuner.stream().mapToInt(k -> k.reviewed().size()).sum();
        // The story must show every reason, a reserve and a case nobody noted (counted as not received).
        assertThat(kommuner.stream().flatMap(k -> k.dropped().stream()).filter(d -> !d.listed())).hasSize(1);
        assertThat(reserves).isPositive().isLessThan(dropped);

        try (InputStream in = Files.newInputStream(dir.resolve("ud/samlet.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Indkaldelse");
            Row header = s.getRow(0);
            assertThat(List.of(2, 3, 4, 5, 6, 7, 10)).extracting(c -> header.getCell(c).getStringCellValue())
                    .containsExactly("Indkaldt", "Modtaget", "Erstattet af reserve", "Udeladt: ikke modtaget",
                            "Udeladt: forkert sagstype", "Udeladt: ingen afgørelse", "Bedømt");
            // Rows in kommunekode order: Svendborg 479, Ærø 492, Vejen 575 (the generator's order).
            for (int i = 0; i < kommuner.size(); i++) {
                IntakeExample.Kommune k = kommuner.get(i);
                Row r = s.getRow(i + 1);
                assertThat(r.getCell(0).getStringCellValue()).isEqualTo(k.kode());
                assertThat(r.getCell(1).getStringCellValue()).isEqualTo(k.navn());
                assertThat(r.getCell(2).getNumericCellValue()).isEqualTo(k.drawn().size());
                assertThat(r.getCell(3).getNumericCellValue()).isEqualTo(k.drawn().size() - k.dropped().size());
                assertThat(r.getCell(4).getNumericCellValue()).isEqualTo(k.replacements());
                assertThat(r.getCell(5).getNumericCellValue()).isEqualTo(count(k, "ikke modtaget"));
                assertThat(r.getCell(6).getNumericCellValue()).isEqualTo(count(k, "forkert sagstype"));
                assertThat(r.getCell(7).getNumericCellValue()).isEqualTo(count(k, "ingen afgørelse"));
                assertThat(r.getCell(10).getNumericCellValue()).isEqualTo(k.reviewed().size());
            }
            Row all = s.getRow(kommuner.size() + 1);
            assertThat(all.getCell(1).getStringCellValue()).isEqualTo("Alle kommuner");
            assertThat(all.getCell(2).getNumericCellValue()).isEqualTo(requested);
            assertThat(all.getCell(10).getNumericCellValue()).isEqualTo(reviewed);
        }

        String text;
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("ud/samlet-intern.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        long notReceived = kommuners(kommuner, "ikke modtaget");
        long wrongType = kommuners(kommuner, "forkert sagstype");
        long noDecision = kommuners(kommuner, "ingen afgørelse");
        assertThat(text).contains("Indkaldte og modtagne sager", "Der blev indkaldt " + requested + " sager fra "
                + kommuner.size() + " kommuner. " + (requested - dropped) + " blev modtaget, og " + dropped
                + " blev udeladt (" + notReceived + " ikke modtaget, " + wrongType + " forkert sagstype og " + noDecision
                + " ingen afgørelse). " + reserves + " sager fra reservelisten trådte i stedet for udeladte sager. I alt"
                + " blev " + reviewed + " sager bedømt.");
    }

    private static long kommuners(List<IntakeExample.Kommune> kommuner, String reason) {
        return kommuner.stream().mapToLong(k -> count(k, reason)).sum();
    }
}
