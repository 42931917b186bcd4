package dk.praksis.audit;

import static dk.praksis.scoring.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.praksis.cases.CaseReadOptions;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.report.Intake;
import dk.praksis.scoring.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which cases called in arrived: the sample list and the dropped list against the audited cases. */
class IntakeTest {

    /** As 'praksis sample' writes it. The audited cases are V-1, V-2 (Vejen) and Æ-1 (Ærø), see AuditRunTest. */
    private static final String SAMPLE = "\uFEFFkommunekode;kommune;stratum;nr;reference;sagstype;dato;rolle\r\n"
            + "575;Vejen;Alle sager;1;V-1;;;udtrukket\r\n"
            + "575;Vejen;Alle sager;2;V-3;;;udtrukket\r\n"
            + "575;Vejen;Alle sager;3;V-4;;;udtrukket\r\n"
            + "492;Ærø;Alle sager;1;Æ-1;;;udtrukket\r\n"
            + "492;Ærø;Alle sager;2;Æ-2;;;udtrukket\r\n"
            + "575;Vejen;Alle sager;1;V-2;;;reserve\r\n"
            + "492;Ærø;Alle sager;1;Æ-3;;;reserve\r\n";

    @TempDir
    Path dir;

    private AuditOutcome run(String dropped, List<OutputRenderer> renderers) throws IOException {
        Files.writeString(dir.resolve("udtraek.csv"), SAMPLE, StandardCharsets.UTF_8);
        Path droppedFile = null;
        if (dropped != null) {
            droppedFile = dir.resolve("bortfald.csv");
            Files.writeString(droppedFile, dropped, StandardCharsets.UTF_8);
        }
        AuditSpec spec = new AuditSpec("Testundersøgelse", "Nævnet", 2010, null, d("2010-11-30"), Path.of("test.yaml"),
                List.of(Path.of("sager")), dir.resolve("ud"), Map.of(), null, null, dir.resolve("udtraek.csv"),
                droppedFile, null);
        return new AuditRun(p -> Fixtures.checklist(), (inputs, checklist, options, sink) -> {
            AuditRunTest.CASES.forEach(sink);
            return 0;
        }, renderers).run(spec, CaseReadOptions.DEFAULT, false);
    }

    @Test
    void countsReceivedDroppedByReasonAndReplacedPerKommune() throws IOException {
        Intake intake = run("reference;årsag\r\nV-3;forkert sagstype\r\nÆ-2;Ingen afgørelse\r\n",
                AuditRun.resultRenderers()).report().intake();
        Intake.Row vejen = intake.kommuner().stream().filter(r -> r.kommune().navn().equals("Vejen")).findFirst()
                .orElseThrow();
        assertThat(vejen.requested()).isEqualTo(3);
        assertThat(vejen.received()).isEqualTo(1);        // V-1
        assertThat(vejen.replacements()).isEqualTo(1);    // V-2 from the reserve
        assertThat(vejen.dropped(Intake.Reason.WRONG_TYPE)).isEqualTo(1);   // V-3, from the list
        assertThat(vejen.dropped(Intake.Reason.NOT_RECEIVED)).isEqualTo(1); // V-4, on no list
        assertThat(vejen.audited()).isEqualTo(2);
        Intake.Row all = intake.total();
        assertThat(List.of(all.requested(), all.received(), all.replacements(), all.droppedTotal(), all.audited()))
                .containsExactly(5, 2, 1, 3, 3);
        assertThat(all.dropped(Intake.Reason.NO_DECISION)).isEqualTo(1);
    }

    @Test
    void metodeAndTheWorkbookReportIt() throws IOException {
        run("reference;årsag\r\nV-3;forkert sagstype\r\nÆ-2;ingen afgørelse\r\n", AuditRun.allRenderers());
        String text;
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("ud/samlet-intern.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Indkaldte og modtagne sager", "Der blev indkaldt 5 sager fra 2 kommuner. 2 blev"
                + " modtaget, og 3 blev udeladt (1 ikke modtaget, 1 forkert sagstype og 1 ingen afgørelse). 1 sag fra"
                + " reservelisten trådte i stedet for udeladte sager. I alt blev 3 sager bedømt.");
        try (InputStream in = Files.newInputStream(dir.resolve("ud/samlet.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Indkaldelse");
            Row header = s.getRow(0);
            Row vejen = s.getRow(2); // 492 Ærø first (kommunekode order), then 575 Vejen
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Indkaldt");
            assertThat(vejen.getCell(1).getStringCellValue()).isEqualTo("Vejen");
            assertThat(vejen.getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(vejen.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(vejen.getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Udeladt: forkert sagstype");
            assertThat(vejen.getCell(6).getNumericCellValue()).isEqualTo(1);
            assertThat(s.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Alle kommuner");
            assertThat(s.getRow(3).getCell(10).getNumericCellValue()).isEqualTo(3);
        }
    }

    @Test
    void aDroppedCaseThatWasNotCalledInOrAnUnknownReasonIsNamedWithItsPlace() {
        assertThatThrownBy(() -> run("reference;årsag\r\nV-9;ikke modtaget\r\nV-3;bortkommet\r\n",
                AuditRun.resultRenderers()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.lines()).containsExactly(
                        dir.resolve("bortfald.csv") + " række 2, kolonne reference (sag V-9): sagen er ikke blandt de"
                                + " udtrukne sager i udtrækket",
                        dir.resolve("bortfald.csv") + " række 3, kolonne årsag (sag V-3): årsagen skal være ikke"
                                + " modtaget, forkert sagstype, ingen afgørelse, andet"));
        assertThat(dir.resolve("ud")).doesNotExist();
    }

    @Test
    void aCaseBothAuditedAndListedAsDroppedIsAContradiction() {
        assertThatThrownBy(() -> run("reference;årsag\r\nV-1;ikke modtaget\r\n", AuditRun.resultRenderers()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("(sag V-1): sagen står på listen over udeladte sager (ikke modtaget), men er med"
                        + " blandt de bedømte sager");
    }

    @Test
    void theAuditFileNamesTheListsRelativeToItselfAndBortfaldNeedsUdtraek() throws IOException {
        Path file = dir.resolve("undersoegelse.yaml");
        Files.writeString(file, "opgørelsesdato: 2011-11-30\nudtraek: ../udtraek/udtraek.csv\nbortfald: bortfald.csv\n");
        AuditSpec spec = AuditFileLoader.load(file);
        assertThat(spec.sampleList()).isEqualTo(dir.resolveSibling("udtraek").resolve("udtraek.csv").toAbsolutePath());
        assertThat(spec.dropped()).isEqualTo(dir.resolve("bortfald.csv").toAbsolutePath());
        Files.writeString(file, "opgørelsesdato: 2011-11-30\nbortfald: bortfald.csv\n");
        assertThatThrownBy(() -> AuditFileLoader.load(file)).hasMessage(file + ":2:1: bortfald kræver udtræk: listen"
                + " over de indkaldte sager fra 'praksis sample'");
    }
}
