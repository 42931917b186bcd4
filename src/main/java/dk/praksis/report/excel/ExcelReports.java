package dk.praksis.report.excel;

import dk.praksis.io.DeterministicZip;
import dk.praksis.report.AuditReport;
import dk.praksis.report.Concurrently;
import dk.praksis.report.OutputNames;
import dk.praksis.report.UnitReport;
import dk.praksis.results.AuditInfo;
import dk.praksis.text.DanishFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the audit's workbooks: {@code samlet.xlsx} for the whole audit and one
 * {@code kommuner/<kode>-<navn>.xlsx} per kommune.
 */
public final class ExcelReports {

    public static final String TOTAL_FILE = "samlet.xlsx";
    public static final String KOMMUNE_DIR = "kommuner";

    private ExcelReports() {
    }

    /**
     * Writes every workbook into {@code outDir} (created when missing). Kommune names keep their Danish
     * letters unless {@link OutputNames#needsAsciiFallback} says the platform cannot encode them.
     *
     * @return the files written, the total first
     */
    public static List<Path> writeAll(AuditReport report, Path outDir) throws IOException {
        Concurrently.run(jobs(report, outDir));
        return files(report, outDir);
    }

    /** Each workbook's writing, independent of the others, in the order of {@link #files}; makes their folders. */
    public static List<Concurrently.Job> jobs(AuditReport report, Path outDir) throws IOException {
        List<Path> files = files(report, outDir);
        Files.createDirectories(outDir.resolve(KOMMUNE_DIR));
        List<UnitReport> kommuner = report.kommuner();
        List<Concurrently.Job> jobs = new ArrayList<>();
        jobs.add(() -> write(report, report.total(), files.get(0)));
        for (int i = 0; i < kommuner.size(); i++) {
            UnitReport unit = kommuner.get(i);
            Path file = files.get(i + 1);
            jobs.add(() -> write(report, unit, file));
        }
        return jobs;
    }

    /** The workbooks' files, the total first. */
    private static List<Path> files(AuditReport report, Path outDir) {
        boolean ascii = OutputNames.needsAsciiFallback(report);
        Path dir = outDir.resolve(KOMMUNE_DIR);
        List<Path> files = new ArrayList<>();
        files.add(outDir.resolve(TOTAL_FILE));
        report.kommuner().forEach(unit -> files.add(dir.resolve(OutputNames.kommuneStem(unit.kommune(), ascii) + ".xlsx")));
        return files;
    }

    /** The workbook for the whole audit, including the kommunefordelte resultater. */
    public static byte[] total(AuditReport report) throws IOException {
        return workbook(report, report.total());
    }

    /** The workbook for one kommune, its figures beside all kommuners'. */
    public static byte[] kommune(AuditReport report, UnitReport unit) throws IOException {
        return workbook(report, unit);
    }

    /**
     * From this many cases a workbook is written with POI's streaming writer (SXSSF): the Sager sheet's rows
     * go to a compressed temporary file as they are written, and texts are written into their cells rather
     * than into a shared table. The full model (XSSF) keeps every cell in memory and grows past gigabytes
     * at 100,000 cases, and its shared-strings table makes each text cell dearer: a profile of 10,000 cases
     * in 22 kommuner (about 450 each) spent a third of the audit's CPU in the kommune workbooks' full model
     * (docs/benchmarks.md). Below it the full model stays, so the bytes of small workbooks (the shipped
     * samples, 92 cases at most) do not change. Both ways give the same sheets, values, styles, tables and
     * chart.
     */
    static final int STREAMING_FROM_CASES = 200;

    private static byte[] workbook(AuditReport report, UnitReport unit) throws IOException {
        return workbook(report, unit, streams(unit));
    }

    private static boolean streams(UnitReport unit) {
        return unit.cases().size() >= STREAMING_FROM_CASES;
    }

    static byte[] workbook(AuditReport report, UnitReport unit, boolean streaming) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        LocalDateTime stamp = build(report, unit, streaming, raw);
        return DeterministicZip.restamp(raw.toByteArray(), stamp);
    }

    /**
     * Writes the workbook to {@code file}. A streamed workbook goes through a file of its own beside it and is
     * restamped entry by entry, so even the overall workbook of a million cases is never a byte array in memory
     * (twice: as POI wrote it and as restamped). The same bytes as {@link #workbook}.
     */
    static void write(AuditReport report, UnitReport unit, Path file) throws IOException {
        if (!streams(unit)) {
            Files.write(file, workbook(report, unit, false));
            return;
        }
        Path raw = file.resolveSibling(file.getFileName() + ".ufaerdig");
        try {
            LocalDateTime stamp;
            try (OutputStream out = Files.newOutputStream(raw)) {
                stamp = build(report, unit, true, out);
            }
            try (InputStream in = Files.newInputStream(raw); OutputStream out = Files.newOutputStream(file)) {
                DeterministicZip.restamp(in, out, stamp);
            }
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    /**
     * Builds the workbook and writes it, as POI stamps it, to {@code out}; returns the time to restamp it with. POI
     * tags the chart title's text with the user's locale, by default the machine's: the text is Danish, and the
     * bytes must not depend on where the audit runs. POI keeps that locale per thread, so it is set for this one.
     */
    private static LocalDateTime build(AuditReport report, UnitReport unit, boolean streaming, OutputStream out)
            throws IOException {
        LocaleUtil.setUserLocale(DanishFormat.DANISH);
        try {
            return buildDanish(report, unit, streaming, out);
        } finally {
            LocaleUtil.resetUserLocale();
        }
    }

    private static LocalDateTime buildDanish(AuditReport report, UnitReport unit, boolean streaming, OutputStream out)
            throws IOException {
        if (!streaming) {
            try (XSSFWorkbook wb = WorkbookParts.newWorkbook()) {
                return fill(wb, wb, report, unit, out);
            }
        }
        PrivateTempFiles.ensure();
        SXSSFWorkbook wb = new SXSSFWorkbook(WorkbookParts.newWorkbook(), -1, true, false); // flushed by SheetWriter
        // Plain zip entries, as the full model writes them: java.util.zip (DeterministicZip) cannot read POI's
        // Zip64 descriptors, and a sheet stays far below 4 GB (1,048,576 rows at most).
        wb.setZip64Mode(Zip64Mode.Never);
        try {
            return fill(wb, wb.getXSSFWorkbook(), report, unit, out);
        } finally {
            wb.dispose(); // the temporary files hold case data: never leave them behind
            wb.close();
        }
    }

    /**
     * @param wb    the workbook the sheets are written to
     * @param model its full model: {@code wb} itself, or the streaming workbook's template for styles and properties
     */
    private static LocalDateTime fill(Workbook wb, XSSFWorkbook model, AuditReport report, UnitReport unit,
                                      OutputStream out) throws IOException {
        Styles styles = new Styles(model);
        SummarySheet.write(wb, styles, report, unit);
        QuestionsSheet.write(wb, styles, unit);
        if (DistributionSheet.applies(unit)) {
            DistributionSheet.write(wb, styles, unit);
        }
        CasesSheet.write(wb, styles, report.checklist(), unit);
        ReasonsSheet.write(wb, styles, report.checklist(), unit);
        if (unit.isTotal()) {
            KommunerSheet.write(wb, styles, report);
        }
        if (IntakeSheet.applies(report)) {
            IntakeSheet.write(wb, styles, report, unit);
        }
        if (CorrectionsSheet.applies(report, unit)) {
            CorrectionsSheet.write(wb, styles, report, unit);
        }
        if (unit.isTotal() && CalibrationSheet.applies(report)) {
            CalibrationSheet.write(wb, styles, report);
        }
        ChecklistSheet.write(wb, styles, report.checklist());
        if (report.info().isDraft()) {
            // printed on every page of every sheet; the Sammenfatning sheet says it in its first rows too
            wb.forEach(sheet -> sheet.getHeader().setCenter(AuditInfo.DRAFT_LABEL));
        }
        wb.setActiveSheet(0);
        LocalDateTime stamp = report.info().asOf().atStartOfDay();
        properties(model, report, unit, Date.from(stamp.toInstant(ZoneOffset.UTC)));
        wb.write(out);
        return stamp;
    }

    /** Title, author (the sender), subject and language; dates fixed to the as-of date, never "now". */
    private static void properties(XSSFWorkbook wb, AuditReport report, UnitReport unit, Date stamp) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setTitle(report.info().shownTitle());
        if (report.info().isDraft()) {
            core.setContentStatus(AuditInfo.DRAFT_LABEL);
        }
        core.setCreator(report.info().sender());
        core.setSubjectProperty(unit.isTotal() ? "Samlede resultater for alle kommuner"
                : "Resultater for " + unit.kommune().navn());
        core.setCreated(Optional.of(stamp));
        core.setModified(Optional.of(stamp));
        core.getUnderlyingProperties().setLanguageProperty("da-DK");
        wb.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany(report.info().sender());
    }
}
