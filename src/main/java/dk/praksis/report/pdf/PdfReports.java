package dk.praksis.report.pdf;

import dk.praksis.report.AuditReport;
import dk.praksis.report.UnitReport;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Writes an audit's PDFs: {@code samlet.pdf}, {@code pixi.pdf} and {@code kommuner/<kode>-<navn>.pdf}.
 * The caller owns the folder (and writes it to a temporary place first); this only fills it.
 */
public final class PdfReports {

    private PdfReports() {
    }

    public static void writeAll(AuditReport report, Path outDir) {
        PdfOutput.save(outDir.resolve("samlet.pdf"), samlet(report));
        PdfOutput.save(outDir.resolve("pixi.pdf"), pixi(report));
        Path kommuner = outDir.resolve("kommuner");
        for (UnitReport k : report.kommuner()) {
            PdfOutput.save(kommuneFile(kommuner, k), kommune(report, k));
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

    /**
     * {@code <kode>-<navn>.pdf}, e.g. 492-Ærø.pdf; where the platform cannot name a file with Danish letters,
     * they are spelled ae, oe, aa instead.
     */
    static Path kommuneFile(Path dir, UnitReport k) {
        String name = k.kommune().kode() + "-" + k.kommune().navn().replaceAll("[\\\\/:*?\"<>|]", "_") + ".pdf";
        try {
            return dir.resolve(name);
        } catch (InvalidPathException e) {
            return dir.resolve(name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                    .replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa"));
        }
    }
}
