package dk.praksis.report.pdf;

import dk.praksis.report.AuditReport;
import dk.praksis.report.OutputNames;
import dk.praksis.report.UnitReport;
import java.nio.file.Path;

/**
 * Writes an audit's PDFs: {@code samlet.pdf}, {@code pixi.pdf} and {@code kommuner/<kode>-<navn>.pdf}
 * (ae/oe/aa in the names where the platform cannot encode Danish letters).
 * The caller owns the folder (and writes it to a temporary place first); this only fills it.
 */
public final class PdfReports {

    private PdfReports() {
    }

    public static void writeAll(AuditReport report, Path outDir) {
        PdfOutput.save(outDir.resolve("samlet.pdf"), samlet(report));
        PdfOutput.save(outDir.resolve("pixi.pdf"), pixi(report));
        Path kommuner = outDir.resolve("kommuner");
        boolean ascii = OutputNames.needsAsciiFallback(report);
        for (UnitReport k : report.kommuner()) {
            PdfOutput.save(kommuner.resolve(OutputNames.kommuneStem(k.kommune(), ascii) + ".pdf"), kommune(report, k));
        }
    }

    /** The whole audit, with the kommunefordelte resultater. */
    public static byte[] samlet(AuditReport report) {
        return UnitPdf.bytes(report, report.total());
    }

    /** The attachment for one kommune of the report. */
    public static byte[] kommune(AuditReport report, UnitReport kommune) {
        if (kommune.isTotal()) {
            throw new IllegalArgumentException("not a kommune's report");
        }
        return UnitPdf.bytes(report, kommune);
    }

    public static byte[] pixi(AuditReport report) {
        return PixiPdf.bytes(report);
    }
}
