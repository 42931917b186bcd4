package dk.praksis.report.excel;

import dk.praksis.report.AuditReport;
import dk.praksis.report.Intake;
import dk.praksis.report.UnitReport;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet "Indkaldelse" (when the audit file names the sample list): per kommune the cases called in, received,
 * replaced from the reserve and left out by reason, and a row for all kommuner.
 */
final class IntakeSheet {

    static final String NAME = "Indkaldelse";

    private IntakeSheet() {
    }

    static boolean applies(AuditReport report) {
        return !report.intake().isEmpty();
    }

    static void write(Workbook wb, Styles styles, AuditReport report, UnitReport unit) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("Kommunekode"), Column.text("Kommune"),
                Column.integer("Indkaldt"), Column.integer("Modtaget"), Column.integer("Erstattet af reserve")));
        for (Intake.Reason r : Intake.Reason.values()) {
            columns.add(Column.integer("Udeladt: " + r.label()));
        }
        columns.add(Column.integer("Uden for udtrækket"));
        columns.add(Column.integer("Bedømt"));
        Intake intake = report.intake();
        List<Intake.Row> shown = unit.isTotal() ? intake.kommuner()
                : intake.of(unit.kommune()).map(List::of).orElse(List.of());
        List<List<Object>> rows = new ArrayList<>();
        shown.forEach(r -> rows.add(row(r.kommune().kode(), r.kommune().navn(), r)));
        rows.add(row("", "Alle kommuner", intake.total()));
        SheetWriter w = new SheetWriter(wb, NAME, styles);
        w.table(0, NAME, columns, rows);
        w.freezeHeader(0);
        w.finish();
    }

    private static List<Object> row(String code, String name, Intake.Row r) {
        List<Object> row = new ArrayList<>(List.of(code, name, r.requested(), r.received(), r.replacements()));
        for (Intake.Reason reason : Intake.Reason.values()) {
            row.add(r.dropped(reason));
        }
        row.add(r.outsideDraw());
        row.add(r.audited());
        return row;
    }
}
