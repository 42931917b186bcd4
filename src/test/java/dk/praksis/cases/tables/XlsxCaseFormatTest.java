package dk.praksis.cases.tables;

import static dk.praksis.cases.tables.TestCases.d;
import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cases.Case;
import dk.praksis.cases.CourseEntry;
import dk.praksis.cases.DatedPeriod;
import dk.praksis.errors.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxCaseFormatTest {

    @TempDir
    Path dir;

    private final XlsxCaseFormat format = new XlsxCaseFormat(TestChecklists.rich(), TestCases.KOMMUNER);
    private final List<Case> cases = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    /** The empty template, edited the way a reviewer (or their Excel) would. */
    private Path workbook(Consumer<XSSFWorkbook> edit) throws IOException {
        Path file = dir.resolve("bedømmelser.xlsx");
        CaseWorkbookWriter.write(TestChecklists.rich(), List.of(), file);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            edit.accept(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static Cell cell(XSSFWorkbook wb, String sheet, String ref) {
        Sheet s = wb.getSheet(sheet);
        org.apache.poi.ss.util.CellReference r = new org.apache.poi.ss.util.CellReference(ref);
        Row row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
        return row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
    }

    private Path file() {
        return dir.resolve("bedømmelser.xlsx");
    }

    @Test
    void datesAsSerialsAndAsTextNumbersWithDecimalCommasAndEmptyRows() throws IOException {
        Path file = workbook(wb -> {
            cell(wb, "Sager", "A2").setCellValue("S-1");
            cell(wb, "Sager", "B2").setCellValue(575); // kommunekode typed as a number
            cell(wb, "Sager", "D2").setCellValue(40252); // 15-03-2010 as a bare serial, no date format
            cell(wb, "Sager", "F2").setCellValue("01.05.2008");
            cell(wb, "Sager", "G2").setCellValue(38); // a field typed as a number
            cell(wb, "Sager", "J2").setCellValue(" ja ");
            cell(wb, "Sager", "A4").setCellValue("S-2"); // row 3 stays empty
            cell(wb, "Sager", "B4").setCellValue("aabenraa");
            cell(wb, "Sager", "D4").setCellValue("2010-04-30");
            cell(wb, "Sager", "E4").setCellValue(false);
            cell(wb, "Perioder", "A2").setCellValue("S-1");
            cell(wb, "Perioder", "B2").setCellValue("ledighedsydelse");
            cell(wb, "Perioder", "C2").setCellValue("2008-06-01");
            cell(wb, "Perioder", "D2").setCellValue("28-02-2009");
            cell(wb, "Arbejdsprøvninger", "A2").setCellValue("S-1");
            cell(wb, "Arbejdsprøvninger", "B2").setCellValue(d("2009-01-05")); // a real date cell
            cell(wb, "Arbejdsprøvninger", "D2").setCellValue("12,5");
            cell(wb, "Arbejdsprøvninger", "F2").setCellValue("Nej");
        });
        format.read(file, cases::add, problems);

        assertThat(problems).isEmpty();
        assertThat(cases).extracting(Case::id).containsExactly("S-1", "S-2");
        Case s1 = cases.get(0);
        assertThat(s1.kommune()).isEqualTo(TestCases.VEJEN);
        assertThat(s1.decision().date()).isEqualTo(d("2010-03-15"));
        assertThat(s1.decision().present()).isTrue();
        assertThat(s1.dates()).containsEntry("visitation", d("2008-05-01"));
        assertThat(s1.fields()).containsEntry("alder", "38");
        assertThat(s1.review().answers()).containsEntry("VV1", "ja");
        assertThat(s1.periods()).containsExactly(new DatedPeriod("ledighedsydelse", d("2008-06-01"), d("2009-02-28")));
        assertThat(s1.courses().get("arbejdsprøvninger")).containsExactly(
                new CourseEntry(d("2009-01-05"), null, 12.5, null, java.util.Map.of("funktioner_beskrevet", false)));
        Case s2 = cases.get(1);
        assertThat(s2.kommune()).isEqualTo(TestCases.AABENRAA);
        assertThat(s2.decision().present()).isFalse();
        assertThat(s2.decision().date()).isEqualTo(d("2010-04-30"));
    }

    @Test
    void formulasAreNeverEvaluatedOnlyTheirCachedValuesRead() throws IOException {
        Path file = workbook(wb -> {
            cell(wb, "Sager", "A2").setCellValue("S-1");
            Cell remark = cell(wb, "Sager", "O2");
            remark.setCellFormula("CONCATENATE(\"a\",\"b\")");
            remark.setCellValue("cached text");
            Cell hours = cell(wb, "Arbejdsprøvninger", "D2");
            cell(wb, "Arbejdsprøvninger", "A2").setCellValue("S-1");
            cell(wb, "Arbejdsprøvninger", "B2").setCellValue("05-01-2009");
            hours.setCellFormula("1+1");
            hours.setCellValue(15);
        });
        format.read(file, cases::add, problems);

        assertThat(problems).isEmpty();
        assertThat(cases.get(0).review().remark()).isEqualTo("cached text");
        assertThat(cases.get(0).courses().get("arbejdsprøvninger").get(0).hoursPerWeek()).isEqualTo(15.0);
    }

    @Test
    void problemsNameSheetAndCellAndNeverTheValue() throws IOException {
        Path file = workbook(wb -> {
            cell(wb, "Sager", "A2").setCellValue("S-1");
            cell(wb, "Sager", "B2").setCellValue("Jens Hansen");
            cell(wb, "Sager", "D2").setCellValue("31.02.2010");
            cell(wb, "Sager", "E2").setCellValue("måske");
            cell(wb, "Sager", "Q1").setCellValue("noter");
            cell(wb, "Sager", "C3").setCellValue("bevilling"); // a row without id
            cell(wb, "Perioder", "A2").setCellValue("S-9");
            cell(wb, "Perioder", "B2").setCellValue("ledighedsydelse");
            cell(wb, "Perioder", "C2").setCellValue("2009-01-01");
            cell(wb, "Perioder", "A3").setCellValue("S-1");
            cell(wb, "Perioder", "B3").setCellValue("barsel"); // no fra
            cell(wb, "Arbejdsprøvninger", "A2").setCellValue("S-1");
            cell(wb, "Arbejdsprøvninger", "B2").setCellValue("2009-01-01");
            cell(wb, "Arbejdsprøvninger", "D2").setCellValue("mange");
            wb.createSheet("Noter").createRow(0).createCell(0).setCellValue("x");
        });
        format.read(file, cases::add, problems);

        String f = file.toString();
        assertThat(problems).extracting(Problem::line).containsExactlyInAnyOrder(
                f + " Noter: ukendt ark 'Noter'; arkene hedder Sager, Perioder, Hændelser, Arbejdsprøvninger,"
                        + " Dokumenter, Anden vurdering og Vejledning",
                f + " Sager!Q1: ukendt kolonne 'noter'; kendte kolonner er id, kommune, sagstype, afgørelse_dato,"
                        + " afgørelse_foreligger, visitation, alder, lægelige_oplysninger, bedømmer, VV1, TF1, AP3, FV1,"
                        + " samlet, bemærkning, VV1 begrundelse, TF1 begrundelse, AP3 begrundelse, FV1 begrundelse",
                f + " Sager!B2 (sag S-1): kommunen er ikke en kendt kommune; skriv navnet eller kommunekoden,"
                        + " fx Vejen eller 575",
                f + " Sager!D2 (sag S-1): afgørelse_dato er ikke en gyldig dato; skriv fx 2010-03-15, 15-03-2010"
                        + " eller 15.03.2010",
                f + " Sager!E2 (sag S-1): afgørelse_foreligger skal være ja eller nej",
                f + " Sager!A3: rækken har intet id; skriv sagens id i kolonnen id",
                f + " Perioder!A2 (sag S-9): sagen findes ikke i arket Sager",
                f + " Perioder!C3 (sag S-1): fra mangler",
                f + " Arbejdsprøvninger!D2 (sag S-1): timer_pr_uge er ikke et tal; skriv fx 15 eller 12,5");
        assertThat(problems).extracting(Problem::line).noneMatch(l -> l.contains("Jens") || l.contains("måske"));
        assertThat(cases).extracting(Case::id).containsExactly("S-1");
    }

    @Test
    void aWorkbookWithoutSagerOrNotAWorkbookIsReported() throws IOException {
        Path notXlsx = dir.resolve("sager.xlsx");
        Files.writeString(notXlsx, "id;kommune\n");
        format.read(notXlsx, cases::add, problems);
        Path noSager = dir.resolve("andet.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(noSager)) {
            wb.createSheet("Vejledning");
            wb.write(out);
        }
        format.read(noSager, cases::add, problems);

        assertThat(problems).extracting(Problem::line).containsExactly(
                notXlsx + ": filen kan ikke læses som Excel-arbejdsbog (.xlsx): den er ufuldstændig (fx en kopi, der blev afbrudt) eller ikke en arbejdsbog; gem den igen fra Excel",
                noSager + ": arbejdsbogen har intet ark Sager; brug skabelonen fra 'praksis template'");
        assertThat(cases).isEmpty();
    }

    @Test
    void aFormulaWithoutACachedValueIsReportedWithItsCellNotReadAsZero() throws IOException {
        Path file = workbook(wb -> {
            cell(wb, "Sager", "A2").setCellValue("S-1");
            cell(wb, "Sager", "B2").setCellValue("Vejen");
            cell(wb, "Sager", "D2").setCellFormula("DATE(2010,3,15)"); // as openpyxl writes it: no cached value
            cell(wb, "Sager", "O2").setCellFormula("CONCATENATE(\"a\",\"b\")");
        });
        format.read(file, cases::add, problems);

        String advice = ": cellen er en formel uden beregnet værdi (fx skrevet af et program); åbn og gem"
                + " arbejdsbogen i Excel, eller skriv værdien direkte";
        assertThat(problems).extracting(Problem::line).containsExactly(
                file + " Sager!D2" + advice, file + " Sager!O2" + advice);
    }

    @Test
    void anEmptyOrCutOffFileIsReportedWithItsName() throws IOException {
        Path empty = Files.write(dir.resolve("tom.xlsx"), new byte[0]);
        Path whole = workbook(wb -> cell(wb, "Sager", "A2").setCellValue("S-1"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("afbrudt.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        format.read(empty, cases::add, problems);
        format.read(cut, cases::add, problems);

        assertThat(problems).extracting(Problem::line).containsExactly(
                empty + ": filen er tom (0 byte); gem arbejdsbogen igen fra Excel",
                cut + ": filen kan ikke læses som Excel-arbejdsbog (.xlsx): den er ufuldstændig (fx en kopi, der blev afbrudt) eller ikke en arbejdsbog; gem den igen fra Excel");
        assertThat(cases).isEmpty();
    }

    @Test
    void theLastRowOfAFullLengthSheetIsReadByStreaming() throws IOException {
        Path file = workbook(wb -> {
            cell(wb, "Sager", "A2").setCellValue("S-1");
            cell(wb, "Sager", "A1048576").setCellValue("S-2"); // Excel's last row
        });
        format.read(file, cases::add, problems);

        assertThat(problems).isEmpty();
        assertThat(cases).extracting(Case::id).containsExactly("S-1", "S-2");
    }

    @Test
    void aWorkbookOverTheRowLimitStopsWithTheRowWhereReadingStopped() throws IOException {
        Path file = workbook(wb -> {
            for (int r = 2; r <= 4; r++) {
                cell(wb, "Sager", "A" + r).setCellValue("S-" + r);
            }
            cell(wb, "Perioder", "A2").setCellValue("S-2");
            cell(wb, "Perioder", "B2").setCellValue("ledighedsydelse");
            cell(wb, "Perioder", "C2").setCellValue("2009-01-01");
        });
        new XlsxCaseFormat(TestChecklists.rich(), TestCases.KOMMUNER, 3).read(file, cases::add, problems);

        assertThat(problems).extracting(Problem::line).containsExactly(file + " Perioder!A2: arbejdsbogen har"
                + " mere end 3 udfyldte rækker; del sagerne i flere arbejdsbøger, fx én pr. kommune");
        assertThat(cases).isEmpty();
    }

    @Test
    void acceptsWorkbooksButNotExcelLockFiles() {
        assertThat(format.accepts(Path.of("a", "Sager.XLSX"))).isTrue();
        assertThat(format.accepts(Path.of("a", "~$Sager.xlsx"))).isFalse();
        assertThat(format.accepts(Path.of("a", "sager.csv"))).isFalse();
    }

    @Test
    void anUnknownSheetIsPlacedByItsNumberSoAPersonsNameAsSheetNameIsNeverPrinted() throws IOException {
        Path file = workbook(wb -> {
            cell(wb, "Sager", "A2").setCellValue("S-1");
            wb.createSheet("Anders Andersen").createRow(0).createCell(0).setCellValue("x");
            wb.setSheetOrder("Anders Andersen", 0);
        });
        format.read(file, cases::add, problems);

        assertThat(problems).extracting(Problem::line).containsExactly(file + " ark nr. 1: ukendt ark (navnet vises"
                + " ikke, da det kan indeholde personoplysninger); arkene hedder Sager, Perioder, Hændelser,"
                + " Arbejdsprøvninger, Dokumenter, Anden vurdering og Vejledning");
        assertThat(cases).extracting(Case::id).containsExactly("S-1");
    }

    @Test
    void aZipBombIsToldAsSuchNotAsAPasswordProblem() throws IOException {
        Path whole = workbook(wb -> cell(wb, "Sager", "A2").setCellValue("S-1"));
        Path bomb = dir.resolve("bombe.xlsx");
        // The Sager sheet padded with 60 MB of blanks after its root element: valid XML that
        // inflates more than 100 times, which POI's guard refuses before it fills the memory.
        rewriteSagerBytes(whole, bomb, xml -> {
            byte[] padded = java.util.Arrays.copyOf(xml, xml.length + (60 << 20));
            java.util.Arrays.fill(padded, xml.length, padded.length, (byte) ' ');
            return padded;
        });
        format.read(bomb, cases::add, problems);

        assertThat(problems).extracting(Problem::line).containsExactly(bomb + ": filen pakker sig ud til langt mere,"
                + " end en arbejdsbog med sager fylder (mistanke om en såkaldt zip-bombe), så den læses ikke; åbn den i"
                + " Excel, og gem den igen som .xlsx, eller del sagerne i flere arbejdsbøger");
        assertThat(cases).isEmpty();
    }

    @Test
    void aPasswordProtectedOrOldExcelFileIsToldWhatToDo() throws IOException {
        Path ole2 = dir.resolve("kodeord.xlsx");
        // A password-protected .xlsx is an OLE2 container, as an old .xls is.
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(); OutputStream out = Files.newOutputStream(ole2)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        format.read(ole2, cases::add, problems);

        assertThat(problems).extracting(Problem::line).containsExactly(ole2 + ": filen er ikke en .xlsx-arbejdsbog,"
                + " men en krypteret (adgangskodebeskyttet) arbejdsbog eller en gammel .xls; fjern adgangskoden, og gem"
                + " den som Excel-arbejdsbog (.xlsx)");
    }

    @Test
    void damagedMarkupIsReportedAsADamagedWorkbookNotAnInternalError() throws IOException {
        Path whole = workbook(wb -> {
            cell(wb, "Sager", "A2").setCellValue("S-1");
            cell(wb, "Sager", "K2").setCellValue(3);
        });
        java.util.Map<String, String[]> damages = new java.util.LinkedHashMap<>();
        damages.put("række.xlsx", new String[] {"<row r=\"2\"", "<row r=\"8n\"",
                "et rækkenummer er ugyldigt"});
        damages.put("celle.xlsx", new String[] {"<c r=\"A2\"", "<c r=\"A2:B\"", "en cellereference er ugyldig"});
        damages.put("tekst.xlsx", new String[] {"<c r=\"A2\" t=\"s\" s=\"2\"><v>", "<c r=\"A2\" t=\"s\" s=\"2\"><v>9999",
                "en celle henviser til en tekst, arbejdsbogen ikke har"});
        damages.put("tal.xlsx", new String[] {"<c r=\"K2\" t=\"n\" s=\"2\"><v>3.0", "<c r=\"K2\" t=\"n\" s=\"2\"><v>NaN",
                "en talcelle indeholder noget, der ikke er et tal"});
        for (var d : damages.entrySet()) {
            Path damaged = dir.resolve(d.getKey());
            rewriteSager(whole, damaged, xml -> {
                assertThat(xml).contains(d.getValue()[0]);
                return xml.replace(d.getValue()[0], d.getValue()[1]);
            });
            problems.clear();
            format.read(damaged, cases::add, problems);
            assertThat(problems).extracting(Problem::line).containsExactly(damaged + ": arbejdsbogen er beskadiget: "
                    + d.getValue()[2] + "; åbn den i Excel, og gem den igen");
        }
        assertThat(cases).isEmpty();
    }

    /** A copy of {@code from} with the Sager sheet's XML edited. */
    private static void rewriteSager(Path from, Path to, java.util.function.UnaryOperator<String> edit) throws IOException {
        rewriteSagerBytes(from, to, xml -> edit.apply(new String(xml, java.nio.charset.StandardCharsets.UTF_8))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A copy of {@code from} with the Sager sheet's bytes replaced. */
    private static void rewriteSagerBytes(Path from, Path to, java.util.function.UnaryOperator<byte[]> edit)
            throws IOException {
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(from.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (var e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                byte[] bytes = in.getInputStream(e).readAllBytes();
                out.write(e.getName().equals("xl/worksheets/sheet1.xml") ? edit.apply(bytes) : bytes);
                out.closeEntry();
            }
        }
    }
}
