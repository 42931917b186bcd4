package dk.praksis.audit;

import static dk.praksis.scoring.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.praksis.cases.CaseReadOptions;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.PersonalDataException;
import dk.praksis.hoering.HearingPackage;
import dk.praksis.results.Aggregates;
import dk.praksis.results.CaseEntry;
import dk.praksis.results.ResultsFile;
import dk.praksis.results.ResultsJson;
import dk.praksis.results.Tally;
import dk.praksis.scoring.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Høring end to end with the small fixture audit: the draft is marked and packaged per kommune, the corrections
 * file changes exactly the corrected figures and the final reports list the corrections, and a corrections file
 * that cannot be applied stops the run with file, row and column.
 */
class HearingTest {

    @TempDir
    Path dir;

    private static final String HEADER = "sag;spørgsmål;nyt svar;begrundelse;dato;anmodet af\r\n";
    private static final String V1 = "V-1;VV1;ja;Speciallægeerklæringen lå i sagen, men kom ikke med;20.01.2011;"
            + "Vejen Kommune\r\nV-1;samlet;i_overensstemmelse;Sagen var oplyst;20.01.2011;Vejen Kommune\r\n";

    private AuditOutcome run(String corrections, boolean draft, String out, List<OutputRenderer> renderers)
            throws IOException {
        Path file = null;
        if (corrections != null) {
            file = dir.resolve("rettelser.csv");
            Files.writeString(file, corrections, StandardCharsets.UTF_8);
        }
        return runFile(file, draft, out, renderers);
    }

    private AuditOutcome runFile(Path file, boolean draft, String out, List<OutputRenderer> renderers) {
        AuditSpec spec = new AuditSpec("Testundersøgelse", "Nævnet", 2010, null, d("2010-11-30"), Path.of("test.yaml"),
                List.of(Path.of("sager")), dir.resolve(out), Map.of(), null, null, null, null, null,
                new Hearing(false, file, d("2011-02-01"), d("2011-01-10"), null));
        if (draft) {
            spec = spec.asDraft();
        }
        return new AuditRun(p -> Fixtures.checklist(), (inputs, checklist, options, sink) -> {
            AuditRunTest.CASES.forEach(sink);
            return 0;
        }, renderers).run(spec, CaseReadOptions.DEFAULT, false);
    }

    private static List<OutputRenderer> withPackage() {
        List<OutputRenderer> r = new ArrayList<>(AuditRun.allRenderers());
        r.add(new HearingPackage());
        return r;
    }

    @Test
    void draftThenCorrectionsThenFinalChangesExactlyTheCorrectedFiguresAndListsThem() throws IOException {
        run(null, true, "ud", withPackage());
        run(HEADER + V1, false, "ud", AuditRun.allRenderers());
        ResultsFile draft = ResultsJson.read(dir.resolve("ud-udkast/resultater.json"));
        ResultsFile last = ResultsJson.read(dir.resolve("ud/resultater.json"));
        assertThat(draft.audit().isDraft()).isTrue();
        assertThat(last.audit().isDraft()).isFalse();

        // Vejen's VV1 moves one case from not met to met, and V-1's verdict from hjemvisning to i overensstemmelse.
        Tally before = vejen(draft);
        Tally after = vejen(last);
        assertThat(after.items().get("VV1").met()).isEqualTo(before.items().get("VV1").met() + 1);
        assertThat(after.items().get("VV1").notMet()).isEqualTo(before.items().get("VV1").notMet() - 1);
        assertThat(after.verdicts().getOrDefault("hjemvisning", 0)).isEqualTo(before.verdicts().get("hjemvisning") - 1);
        assertThat(after.verdicts().get("i_overensstemmelse"))
                .isEqualTo(before.verdicts().getOrDefault("i_overensstemmelse", 0) + 1);
        // ... and nothing else: every other item of every kommune, and every other case, is as in the draft.
        assertThat(without(after, "VV1").items()).isEqualTo(without(before, "VV1").items());
        assertThat(last.aggregates().kommuner().stream().filter(k -> !k.kommune().navn().equals("Vejen")).toList())
                .isEqualTo(draft.aggregates().kommuner().stream().filter(k -> !k.kommune().navn().equals("Vejen"))
                        .toList());
        assertThat(caseById(last, "V-2")).isEqualTo(caseById(draft, "V-2"));
        assertThat(caseById(last, "Æ-1")).isEqualTo(caseById(draft, "Æ-1"));

        // The results keep the original answer beside the corrected one.
        CaseEntry v1 = caseById(last, "V-1");
        assertThat(v1.items().get("VV1").answer()).isEqualTo("ja");
        assertThat(v1.verdicts().reviewer()).isEqualTo("i_overensstemmelse");
        assertThat(v1.corrections()).extracting(CaseEntry.CorrectionEntry::target, CaseEntry.CorrectionEntry::before,
                CaseEntry.CorrectionEntry::after, CaseEntry.CorrectionEntry::requestedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple("VV1", "nej", "ja", "Vejen Kommune"),
                org.assertj.core.groups.Tuple.tuple("samlet", "hjemvisning", "i_overensstemmelse", "Vejen Kommune"));
        assertThat(v1.corrections().get(0).date()).isEqualTo(d("2011-01-20"));
        assertThat(caseById(draft, "V-1").corrections()).isNull();
        List<String> csv = Files.readAllLines(dir.resolve("ud/resultater.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).endsWith(";bedømt_af;oprindeligt_svar;oprindelig_bedømmer_vurdering");
        assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("V-1;575;Vejen;bevilling;VV;VV1;vurdering;opfyldt;ja;")
                .endsWith(";i_overensstemmelse;nej;R1;nej;hjemvisning"));

        // Metode and the workbook list the corrections.
        assertThat(pdfText(dir.resolve("ud/samlet-intern.pdf"))).contains("Rettelser efter høring",
                "Efter høringen er der foretaget 2 rettelser i 1 sag: 1 svar på et spørgsmål og 1 samlet vurdering.",
                "Vejen 2 1 1 1", "V-1 VV1 nej → ja Speciallægeerklæringen lå i sagen, men kom ikke med 20.01.2011 Vejen"
                        + " Kommune");
        assertThat(pdfText(dir.resolve("ud-udkast/samlet-intern.pdf"))).doesNotContain("Rettelser efter høring");
        try (XSSFWorkbook wb = workbook(dir.resolve("ud/samlet.xlsx"))) {
            Sheet s = wb.getSheet("Rettelser");
            assertThat(s.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Vejen");
            assertThat(s.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(s.getRow(6).getCell(0).getStringCellValue()).isEqualTo("V-1");
            assertThat(s.getRow(6).getCell(3).getStringCellValue()).isEqualTo("VV1");
            assertThat(s.getRow(6).getCell(4).getStringCellValue()).isEqualTo("nej");
            assertThat(s.getRow(6).getCell(5).getStringCellValue()).isEqualTo("ja");
            assertThat(s.getRow(7).getCell(4).getStringCellValue()).isEqualTo("Ville blive hjemvist");
            assertThat(s.getRow(6).getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(d("2011-01-20"));
        }
        try (XSSFWorkbook wb = workbook(dir.resolve("ud/kommuner/492-Ærø.xlsx"))) {
            assertThat(wb.getSheet("Rettelser")).as("Ærø had no corrections").isNull();
        }
    }

    @Test
    void theDraftIsMarkedEverywhereAndEachKommuneGetsAHearingPackage() throws IOException {
        AuditOutcome o = run(null, true, "ud", withPackage());
        Path out = dir.resolve("ud-udkast");
        assertThat(o.spec().output()).isEqualTo(out);
        assertThat(dir.resolve("ud")).doesNotExist();
        try (XSSFWorkbook wb = workbook(out.resolve("samlet.xlsx"))) {
            Sheet first = wb.getSheetAt(0);
            assertThat(first.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Udkast – til høring: Testundersøgelse");
            assertThat(first.getRow(1).getCell(0).getStringCellValue()).startsWith("Udkast – til høring: tallene kan");
            wb.forEach(sheet -> assertThat(sheet.getHeader().getCenter()).as(sheet.getSheetName())
                    .isEqualTo("Udkast – til høring"));
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("Udkast – til høring: Testundersøgelse");
        }
        Path vejen = out.resolve("hoering/575-Vejen");
        try (Stream<Path> files = Files.list(vejen)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "575-Vejen-hoeringsbrev.pdf", "575-Vejen-rettelser.csv", "575-Vejen-udkast.pdf",
                    "575-Vejen-udkast.xlsx");
        }
        assertThat(Files.readAllBytes(vejen.resolve("575-Vejen-udkast.xlsx")))
                .isEqualTo(Files.readAllBytes(out.resolve("kommuner/575-Vejen.xlsx")));
        assertThat(pdfText(vejen.resolve("575-Vejen-udkast.pdf"))).contains("UDKAST – TIL HØRING", "V-1");
        assertThat(pdfText(vejen.resolve("575-Vejen-hoeringsbrev.pdf"))).contains("Til Vejen Kommune",
                "Høring over udkast til resultater", "Nævnet har gennemført testundersøgelse",
                "575-Vejen-rettelser.csv: rettelsesark", "Send bemærkningerne senest 1. februar 2011")
                .doesNotContain("UDKAST");
        assertThat(Files.readString(vejen.resolve("575-Vejen-rettelser.csv"), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF" + HEADER);
        // The empty sheet is a valid corrections file: filled in and named in rettelser:, it is applied.
        String filled = Files.readString(vejen.resolve("575-Vejen-rettelser.csv"), StandardCharsets.UTF_8) + V1;
        assertThat(run(filled, false, "endelig", AuditRun.resultRenderers()).report().corrections()).hasSize(2);
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws IOException {
        run(HEADER + V1, true, "a", withPackage());
        run(HEADER + V1, true, "b", withPackage());
        Map<String, byte[]> a = files(dir.resolve("a-udkast"));
        Map<String, byte[]> b = files(dir.resolve("b-udkast"));
        assertThat(a.keySet()).contains("hoering/575-Vejen/575-Vejen-hoeringsbrev.pdf", "resultater.json")
                .isEqualTo(b.keySet());
        a.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(b.get(name)));
    }

    @Test
    void aCorrectionThatCannotBeAppliedIsNamedWithFileRowAndColumnAndNothingIsWritten() {
        Path f = dir.resolve("rettelser.csv");
        assertThatThrownBy(() -> run(HEADER
                + "V-9;VV1;ja;Ny oplysning;20.01.2011;Vejen Kommune\r\n"
                + "V-1;XX1;ja;Ny oplysning;20.01.2011;Vejen Kommune\r\n"
                + "V-1;VV1;måske;Ny oplysning;20.01.2011;Vejen Kommune\r\n"
                + "V-2;VV3;nej;Ny oplysning;20.01.2011;Vejen Kommune\r\n"
                + "V-2;vv3;delvis;Ny oplysning;21.01.2011;Vejen Kommune\r\n"
                + "V-2;AP1;ja;Ny oplysning;20.01.2011;Vejen Kommune\r\n"
                + "V-2;samlet;forkert;Ny oplysning;20.01.2011;Vejen Kommune\r\n"
                + "V-2;FV3;ja;;i går;\r\n", false, "ud", AuditRun.allRenderers()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.lines()).containsExactly(
                        f + " række 3, kolonne spørgsmål (sag V-1): ukendt spørgsmål 'XX1' i måleskemaet test-2010;"
                                + " skriv et spørgsmåls id eller samlet for den samlede vurdering.",
                        f + " række 4, kolonne nyt svar (sag V-1): svaret 'måske' på VV1 findes ikke på svarskalaen"
                                + " ja-nej; brug ja, nej, delvis eller ikke relevant",
                        f + " række 6 (sag V-2): spørgsmål VV3 i sagen er allerede rettet i række 5; skriv kun den"
                                + " endelige rettelse, én gang",
                        f + " række 7, kolonne spørgsmål (sag V-2): AP1 er af typen forløb og beregnes af programmet"
                                + " ud fra sagens oplysninger; ret oplysningerne i sagen i stedet",
                        f + " række 8, kolonne nyt svar (sag V-2): ukendt samlet vurdering 'forkert'; brug"
                                + " i_overensstemmelse, ændring, hjemvisning, formel eller kan_ikke_vurderes.",
                        f + " række 9, kolonne begrundelse (sag V-2): begrundelse mangler: skriv, hvorfor svaret er"
                                + " rettet (den står i rapportens liste over rettelser)",
                        f + " række 9, kolonne dato (sag V-2): dato mangler eller er ikke en dato; skriv datoen for"
                                + " rettelsen som fx 15.01.2015 eller 2015-01-15",
                        f + " række 9, kolonne anmodet af (sag V-2): anmodet af mangler: skriv, hvem der bad om"
                                + " rettelsen, fx Odense Kommune eller nævnet"));
        assertThat(dir.resolve("ud")).doesNotExist();
    }

    @Test
    void aCaseTheAuditDoesNotHaveOrAnAnswerThatChangesNothingIsNamedAfterReading() {
        Path f = dir.resolve("rettelser.csv");
        assertThatThrownBy(() -> run(HEADER
                + "V-9;VV1;ja;Ny oplysning;20.01.2011;Vejen Kommune\r\n"
                + "V-1;VV3;ja;Ny oplysning;20.01.2011;Vejen Kommune\r\n"
                + "Æ-1;VV1;ja;Ny oplysning;20.01.2011;Ærø Kommune\r\n", false, "ud", AuditRun.allRenderers()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.lines()).containsExactly(
                        f + " række 3, kolonne nyt svar (sag V-1): det nye svar er det samme som det oprindelige (ja);"
                                + " fjern rækken, eller skriv det rettede svar",
                        f + " række 4, kolonne spørgsmål (sag Æ-1): VV1 gælder ikke for sagen: Spørgsmålet gælder kun"
                                + " sagstypen »bevilling«, og sagen er af typen »revurdering«. Der er derfor intet svar at"
                                + " rette",
                        f + " række 2, kolonne sag (sag V-9): sagen findes ikke blandt undersøgelsens sager; ret"
                                + " sagens id, eller fjern rækken"));
        assertThat(dir.resolve("ud")).doesNotExist();
    }

    @Test
    void aWorkbookServesAsWellWithRealDatesAndItsPlacesAreCells() throws IOException {
        Path f = dir.resolve("rettelser.xlsx");
        writeWorkbook(f, "jo");
        assertThatThrownBy(() -> runFile(f, false, "ud", AuditRun.resultRenderers()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.lines()).containsExactly(
                        f + " Rettelser!C3 (sag V-2): svaret 'jo' på VV3 findes ikke på svarskalaen ja-nej; brug ja,"
                                + " nej, delvis eller ikke relevant. Mente du ja?"));
        writeWorkbook(f, "nej");
        List<dk.praksis.corrections.AppliedCorrection> applied = runFile(f, false, "ud", AuditRun.resultRenderers())
                .report().corrections();
        assertThat(applied).extracting(a -> a.caseId() + " " + a.correction().target() + " " + a.before() + "→"
                + a.after() + " " + a.correction().date()).containsExactly("V-1 VV1 nej→ja 2011-01-20",
                "V-2 VV3 ja→nej 2011-01-20");
    }

    private static void writeWorkbook(Path file, String secondAnswer) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Rettelser");
            var dates = wb.createCellStyle();
            dates.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
            String[][] rows = {{"sag", "spørgsmål", "nyt svar", "begrundelse", "dato", "anmodet af"},
                {"V-1", "VV1", "ja", "Erklæringen lå i sagen", null, "Vejen Kommune"},
                {"V-2", "VV3", secondAnswer, "Nævnets egen gennemgang", null, "nævnet"}};
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    } else {
                        var cell = row.createCell(c);
                        cell.setCellValue(d("2011-01-20"));
                        cell.setCellStyle(dates);
                    }
                }
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    @Test
    void missingColumnsAreNamed() {
        assertThatThrownBy(() -> run("sag;spørgsmål;nyt svar\r\nV-1;VV1;ja\r\n", false, "ud", AuditRun.allRenderers()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("række 1: rettelsesfilen mangler"
                        + " kolonnerne begrundelse, dato og anmodet af; den skal have kolonnerne sag, spørgsmål,"
                        + " nyt svar, begrundelse, dato og anmodet af");
    }

    @Test
    void personalDataInTheReasonStopsTheRunNamingThePlaceNeverTheValue() {
        Path f = dir.resolve("rettelser.csv");
        assertThatThrownBy(() -> run(HEADER + "V-1;VV1;ja;Ring til borgeren på 21 43 65 87 eller skriv til"
                + " borger@example.dk;20.01.2011;Vejen Kommune\r\n", false, "ud", AuditRun.allRenderers()))
                .isInstanceOfSatisfying(PersonalDataException.class, e -> {
                    assertThat(e.getMessage()).contains(f + " række 2, kolonne begrundelse", "kolonnen begrundelse"
                            + " indeholder").doesNotContain("21 43 65 87", "borger@example.dk");
                    assertThat(e.exitCode().code()).isEqualTo(4);
                });
        assertThat(dir.resolve("ud")).doesNotExist();
    }

    @Test
    void theAuditFileNamesTheCorrectionsAndTheHearingLetterRelativeToItself() throws IOException {
        Path file = dir.resolve("undersoegelse.yaml");
        Files.writeString(file, "opgørelsesdato: 2011-11-30\nrettelser: hoering/rettelser.csv\nhøring:\n"
                + "  frist: 2012-01-15\n  brevdato: 2011-12-15\n  brev: hoeringsbrev.md\n");
        Hearing h = AuditFileLoader.load(file).hearing();
        assertThat(h.corrections()).isEqualTo(dir.resolve("hoering/rettelser.csv").toAbsolutePath());
        assertThat(h.letter()).isEqualTo(dir.resolve("hoeringsbrev.md").toAbsolutePath());
        assertThat(h.deadline()).isEqualTo(d("2012-01-15"));
        assertThat(h.letterDate()).isEqualTo(d("2011-12-15"));
        assertThat(h.draft()).isFalse();
        Files.writeString(file, "opgørelsesdato: 2011-11-30\nhoering:\n  frist: snart\n  svarfrist: 2012-01-15\n");
        assertThatThrownBy(() -> AuditFileLoader.load(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.lines()).containsExactlyInAnyOrder(
                        file + ":4:3: ukendt nøgle 'svarfrist' i høring; kendte nøgler er frist, brevdato og brev",
                        file + ":3:3: " + dk.praksis.cases.DanishDates.notADate("høring.frist")));
    }

    private static Tally vejen(ResultsFile r) {
        return r.aggregates().kommuner().stream().filter(k -> k.kommune().navn().equals("Vejen"))
                .map(Aggregates.KommuneTally::tally).findFirst().orElseThrow();
    }

    private static Tally without(Tally t, String item) {
        Map<String, Tally.ItemTally> items = new TreeMap<>(t.items());
        items.remove(item);
        return new Tally(t.cases(), t.verdicts(), t.disagreements(), items);
    }

    private static CaseEntry caseById(ResultsFile r, String id) {
        return r.cases().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static XSSFWorkbook workbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
