package dk.praksis.audit;

import dk.praksis.report.excel.ExcelReports;
import dk.praksis.report.pdf.PdfReports;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The report renderers of REPORTS.md, all drawing on the one report model the run built. */
final class ReportRenderers {

    private ReportRenderers() {
    }

    /** samlet.xlsx and kommuner/&lt;kode&gt;-&lt;navn&gt;.xlsx */
    static final OutputRenderer EXCEL = (outcome, dir) -> {
        try {
            ExcelReports.writeAll(outcome.report(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    /** samlet-offentlig.pdf, samlet-intern.pdf, pixi.pdf and kommuner/&lt;kode&gt;-&lt;navn&gt;.pdf */
    static final OutputRenderer PDF = (outcome, dir) -> PdfReports.writeAll(outcome.report(), dir);

}
