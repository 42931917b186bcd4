package dk.praksis.report.excel;

import dk.praksis.report.AuditReport;
import dk.praksis.report.KeyFigures;
import dk.praksis.report.UnitReport;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet "Kommuner" (the whole audit only): the kommunefordelte resultater, one row per kommune sorted
 * by name (no ranking), with each share's interval.
 */
final class KommunerSheet {

    static final String NAME = "Kommuner";

    private KommunerSheet() {
    }

    static void write(Workbook wb, Styles styles, AuditReport report) {
        boolean reversal = report.total().figures().hasReversal();
        List<Column> columns = new ArrayList<>(List.of(Column.text("Kommunekode"), Column.text("Kommune"),
                Column.text("Region"), Column.integer("Sager"), Column.integer("Realitetsbehandlede"),
                Column.integer("I overensstemmelse"), Column.percent("Andel i overensstemmelse"),
                Column.percent("Nedre grænse (overensstemmelse)"), Column.percent("Øvre grænse (overensstemmelse)")));
        if (reversal) {
            columns.addAll(List.of(Column.integer("Ændret eller hjemvist"), Column.percent("Omgørelsesprocent"),
                    Column.percent("Nedre grænse (omgørelse)"), Column.percent("Øvre grænse (omgørelse)")));
        }
        // every verdict as a count, so the row's verdicts sum to its cases
        report.total().figures().verdicts().stream()
                .filter(v -> !v.verdict().equals(dk.praksis.checklist.Checklist.VERDICT_UNASSESSABLE))
                .forEach(v -> columns.add(Column.integer(v.label())));
        columns.addAll(List.of(Column.integer("Kan ikke vurderes"), Column.integer("Population")));
        List<List<Object>> rows = report.kommuner().stream().map(u -> row(u, reversal)).toList();
        SheetWriter w = new SheetWriter(wb, NAME, styles);
        w.table(0, "Kommuner", columns, rows);
        w.freezeHeader(0);
        w.finish();
    }

    private static List<Object> row(UnitReport u, boolean reversal) {
        KeyFigures f = u.figures();
        List<Object> row = new ArrayList<>();
        row.add(u.kommune().kode());
        row.add(u.kommune().navn());
        row.add(u.kommune().region());
        row.add(f.cases());
        row.add(f.assessed());
        row.add(f.accordance().count());
        row.addAll(ShareCells.shareOnly(f.accordance()));
        if (reversal) {
            row.add(f.reversal().count());
            row.addAll(ShareCells.shareOnly(f.reversal()));
        }
        f.verdicts().stream().filter(v -> !v.verdict().equals(dk.praksis.checklist.Checklist.VERDICT_UNASSESSABLE))
                .forEach(v -> row.add(v.share().count()));
        row.add(f.unassessable());
        row.add(f.population());
        return row;
    }
}
