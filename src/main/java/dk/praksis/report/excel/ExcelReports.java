package dk.praksis.report.excel;

import dk.praksis.io.DeterministicZip;
import dk.praksis.report.AuditReport;
import dk.praksis.report.OutputNames;
import dk.praksis.report.UnitReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
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
        boolean ascii = OutputNames.needsAsciiFallback(report);
        List<Path> written = new ArrayList<>();
        Path total = outDir.resolve(TOTAL_FILE);
        Files.createDirectories(outDir);
        Files.write(total, total(report));
        written.add(total);
        Path dir = outDir.resolve(KOMMUNE_DIR);
        Files.createDirectories(dir);
        for (UnitReport unit : report.kommuner()) {
            Path file = dir.resolve(OutputNames.kommuneStem(unit.kommune(), ascii) + ".xlsx");
            Files.write(file, kommune(report, unit));
            written.add(file);
        }
        return written;
    }

    /** The workbook for the whole audit, including the kommunefordelte resultater. */
    public static byte[] total(AuditReport report) throws IOException {
        return workbook(report, report.total());
    }

    /** The workbook for one kommune, its figures beside all kommuners'. */
    public static byte[] kommune(AuditReport report, UnitReport unit) throws IOException {
        return workbook(report, unit);
    }

    private static byte[] workbook(AuditReport report, UnitReport unit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            SummarySheet.write(wb, styles, report, unit);
            QuestionsSheet.write(wb, styles, unit);
            if (DistributionSheet.applies(unit)) {
                DistributionSheet.write(wb, styles, unit);
            }
            CasesSheet.write(wb, styles, report.checklist(), unit);
            if (unit.isTotal()) {
                KommunerSheet.write(wb, styles, report);
            }
            if (IntakeSheet.applies(report)) {
                IntakeSheet.write(wb, styles, report, unit);
            }
            if (unit.isTotal() && CalibrationSheet.applies(report)) {
                CalibrationSheet.write(wb, styles, report);
            }
            ChecklistSheet.write(wb, styles, report.checklist());
            wb.setActiveSheet(0);
            LocalDateTime stamp = report.info().asOf().atStartOfDay();
            properties(wb, report, unit, Date.from(stamp.toInstant(ZoneOffset.UTC)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return DeterministicZip.restamp(out.toByteArray(), stamp);
        }
    }

    /** Title, author (the sender), subject and language; dates fixed to the as-of date, never "now". */
    private static void properties(XSSFWorkbook wb, AuditReport report, UnitReport unit, Date stamp) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setTitle(report.info().title());
        core.setCreator(report.info().sender());
        core.setSubjectProperty(unit.isTotal() ? "Samlede resultater for alle kommuner"
                : "Resultater for " + unit.kommune().navn());
        core.setCreated(Optional.of(stamp));
        core.setModified(Optional.of(stamp));
        core.getUnderlyingProperties().setLanguageProperty("da-DK");
        wb.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany(report.info().sender());
    }
}
