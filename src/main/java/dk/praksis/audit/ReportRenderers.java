package dk.praksis.audit;

import dk.praksis.report.Concurrently;
import dk.praksis.report.excel.ExcelReports;
import dk.praksis.report.pdf.PdfReports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The report renderers of REPORTS.md, all drawing on the one report model the run built. */
final class ReportRenderers {

    private ReportRenderers() {
    }

    /** samlet.xlsx and kommuner/&lt;kode&gt;-&lt;navn&gt;.xlsx */
    static final OutputRenderer EXCEL = new OutputRenderer() {
        @Override
        public void render(AuditOutcome outcome, Path dir) {
            try {
                ExcelReports.writeAll(outcome.report(), dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public List<Concurrently.Job> jobs(AuditOutcome outcome, Path dir) {
            try {
                return ExcelReports.jobs(outcome.report(), dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /** samlet-offentlig.pdf, samlet-intern.pdf, pixi.pdf and kommuner/&lt;kode&gt;-&lt;navn&gt;.pdf */
    static final OutputRenderer PDF = new OutputRenderer() {
        @Override
        public void prepare() {
            PdfReports.prepare();
        }

        @Override
        public void render(AuditOutcome outcome, Path dir) {
            PdfReports.writeAll(outcome.report(), dir);
        }

        @Override
        public List<Concurrently.Job> jobs(AuditOutcome outcome, Path dir) {
            return PdfReports.jobs(outcome.report(), dir);
        }
    };
}
