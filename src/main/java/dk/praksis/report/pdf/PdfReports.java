package dk.praksis.report.pdf;

import dk.praksis.io.OwnThread;
import dk.praksis.report.AuditReport;
import dk.praksis.report.Concurrently;
import dk.praksis.report.Edition;
import dk.praksis.report.OutputNames;
import dk.praksis.report.UnitReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an audit's PDFs: the public overall report {@value #PUBLIC_FILE}, the internal one with the case list
 * {@value #INTERNAL_FILE}, {@code pixi.pdf} and the kommune attachments {@code kommuner/<kode>-<navn>.pdf}
 * (ae/oe/aa in the names where the platform cannot encode Danish letters).
 * The caller owns the folder (and writes it to a temporary place first); this only fills it.
 */
public final class PdfReports {

    /** The overall report a board can publish: no case list, nothing that singles out a case. */
    public static final String PUBLIC_FILE = "samlet-offentlig.pdf";
    /** The overall report for the board itself, with every case. */
    public static final String INTERNAL_FILE = "samlet-intern.pdf";

    private PdfReports() {
    }

    /**
     * Starts, on a daemon thread of its own, the one-time set-up every PDF of a run waits for (the font files,
     * Java's font system, JFreeChart's classes), for a run that will write PDFs after reading its cases: it
     * then happens while the cases are read rather than when the PDFs are due. A failure shows, as it would
     * have, when a PDF is written.
     */
    public static void prepare() {
        OwnThread.prepare("praksis-pdf", () -> {
            FontFamily.readFiles();
            ChartImage.initialise();
        });
    }

    public static void writeAll(AuditReport report, Path outDir) {
        try {
            Concurrently.run(jobs(report, outDir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each PDF's writing, independent of the others: the overall reports first, then the kommuner's. They
     * share one pool of fonts, so the fonts are parsed once per thread rather than once per PDF.
     */
    public static List<Concurrently.Job> jobs(AuditReport report, Path outDir) {
        FontPool fonts = new FontPool();
        List<Concurrently.Job> jobs = new ArrayList<>();
        jobs.add(() -> UnitPdf.save(outDir.resolve(PUBLIC_FILE), fonts, new UnitView(report, report.total(), Edition.PUBLIC)));
        jobs.add(() -> UnitPdf.save(outDir.resolve(INTERNAL_FILE), fonts,
                new UnitView(report, report.total(), Edition.INTERNAL)));
        jobs.add(() -> PdfOutput.save(outDir.resolve("pixi.pdf"), PixiPdf.bytes(fonts, report)));
        Path kommuner = outDir.resolve("kommuner");
        boolean ascii = OutputNames.needsAsciiFallback(report);
        for (UnitReport k : report.kommuner()) {
            jobs.add(() -> UnitPdf.save(kommuner.resolve(OutputNames.kommuneStem(k.kommune(), ascii) + ".pdf"), fonts,
                    new UnitView(report, k, Edition.KOMMUNE)));
        }
        return jobs;
    }

    /** The whole audit for the board itself (internal edition): with the kommunefordelte resultater and every case. */
    public static byte[] samlet(AuditReport report) {
        return UnitPdf.bytes(new UnitView(report, report.total(), Edition.INTERNAL));
    }

    /** The whole audit as a board can publish it (public edition). */
    public static byte[] samletPublic(AuditReport report) {
        return UnitPdf.bytes(new UnitView(report, report.total(), Edition.PUBLIC));
    }

    /** The attachment for one kommune of the report: its figures beside all kommuner's, and its own cases. */
    public static byte[] kommune(AuditReport report, UnitReport kommune) {
        if (kommune.isTotal()) {
            throw new IllegalArgumentException("not a kommune's report");
        }
        return UnitPdf.bytes(new UnitView(report, kommune, Edition.KOMMUNE));
    }

    public static byte[] pixi(AuditReport report) {
        return PixiPdf.bytes(report);
    }
}
