package dk.praksis.report.excel;

import dk.praksis.corrections.AppliedCorrection;
import dk.praksis.corrections.Correction;
import dk.praksis.report.AuditReport;
import dk.praksis.report.CorrectionCounts;
import dk.praksis.report.UnitReport;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet "Rettelser" (when corrections were made after høring): the count per kommune, then every correction with
 * the answer before and after, the reason, the date and who asked. A kommune's workbook shows its own.
 */
final class CorrectionsSheet {

    static final String NAME = "Rettelser";

    private CorrectionsSheet() {
    }

    static boolean applies(AuditReport report, UnitReport unit) {
        return !report.corrections(unit).isEmpty();
    }

    static void write(Workbook wb, Styles styles, AuditReport report, UnitReport unit) {
        SheetWriter w = new SheetWriter(wb, NAME, styles);
        w.title(0, "Rettelser efter høring");
        List<List<Object>> counts = new ArrayList<>();
        List<CorrectionCounts> perKommune = CorrectionCounts.perKommune(report.corrections(unit));
        perKommune.forEach(c -> counts.add(List.of(c.kommune().kode(), c.kommune().navn(), c.corrections(),
                c.cases(), c.answers(), c.verdicts())));
        if (perKommune.size() > 1) {
            CorrectionCounts all = CorrectionCounts.total(report.corrections(unit));
            counts.add(List.of("", "Alle kommuner", all.corrections(), all.cases(), all.answers(), all.verdicts()));
        }
        int r = w.table(2, "Rettelser_pr_kommune", List.of(Column.text("Kommunekode"), Column.text("Kommune"),
                Column.integer("Rettelser"), Column.integer("Sager"), Column.integer("Svar på spørgsmål"),
                Column.integer("Samlet vurdering")), counts) + 1;
        List<List<Object>> rows = new ArrayList<>();
        for (AppliedCorrection a : report.corrections(unit)) {
            Correction c = a.correction();
            List<Object> row = new ArrayList<>();
            row.add(c.caseId());
            row.add(a.kommune().kode());
            row.add(a.kommune().navn());
            row.add(c.target());
            row.add(label(report, c, a.before()));
            row.add(label(report, c, c.answer()));
            row.add(c.reason());
            row.add(c.date());
            row.add(c.requestedBy());
            rows.add(row);
        }
        w.table(r, "Rettelser", List.of(Column.text("Sags-id"), Column.text("Kommunekode"), Column.text("Kommune"),
                Column.text("Spørgsmål"), Column.text("Oprindeligt svar"), Column.text("Nyt svar"),
                Column.longText("Begrundelse"), new Column("Dato", Kind.DATE), Column.text("Anmodet af")), rows);
        w.freezeHeader(2);
        w.finish();
    }

    /** An answer as written, or a verdict by its Danish label; empty when there was none. */
    private static String label(AuditReport report, Correction c, String value) {
        if (value == null) {
            return "";
        }
        return c.isVerdict() ? report.checklist().verdictLabel(value) : value;
    }
}
