package dk.praksis.report.excel;

import dk.praksis.calibration.Calibration;
import dk.praksis.report.AuditReport;
import dk.praksis.stats.Agreement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet "Kalibrering" of the workbook for the whole audit (when cases were double-reviewed): per measure (the
 * overall verdict and each reviewer question) the pairs, the agreement and kappa, weighted kappa and AC1 with their
 * intervals, then the raw agreement table of each measure.
 */
final class CalibrationSheet {

    static final String NAME = "Kalibrering";

    private CalibrationSheet() {
    }

    static boolean applies(AuditReport report) {
        return report.method().calibration().any();
    }

    static void write(Workbook wb, Styles styles, AuditReport report) {
        Calibration cal = report.method().calibration();
        SheetWriter w = new SheetWriter(wb, NAME, styles);
        w.title(0, "Kalibrering: to bedømmere om samme sag");
        w.note(1, cal.cases() + " sager blev bedømt af to bedømmere hver for sig (bedømmerpar: "
                + String.join(", ", cal.reviewers()) + "). Kun den første bedømmers svar tæller i resultaterne.");
        w.note(2, "Kappa og AC1 med " + Math.round(report.method().confidenceLevel() * 100) + " %-interval (t-fordeling"
                + " med n − 1 frihedsgrader); vist ved mindst " + Calibration.MIN_PAIRS + " sager. Vægtet kappa har"
                + " lineære vægte og gælder ordnede skalaer.");
        List<Column> columns = List.of(Column.text("Måling"), Column.longText("Tekst"), Column.integer("Sager"),
                Column.integer("Enige"), Column.percent("Andel enige"),
                Column.decimal("Cohens kappa"), Column.decimal("Kappa nedre"), Column.decimal("Kappa øvre"),
                Column.decimal("Vægtet kappa"), Column.decimal("Vægtet nedre"), Column.decimal("Vægtet øvre"),
                Column.decimal("Gwets AC1"), Column.decimal("AC1 nedre"), Column.decimal("AC1 øvre"));
        List<Calibration.Measure> measures = new ArrayList<>();
        measures.add(cal.verdict());
        measures.addAll(cal.items());
        List<List<Object>> rows = measures.stream().map(CalibrationSheet::row).toList();
        int next = w.table(4, "Kalibrering", columns, rows);
        w.freezeHeader(4);
        for (Calibration.Measure m : measures) {
            if (m.agreement() == null) {
                continue;
            }
            next++;
            w.title(next, label(m) + ": første bedømmer (rækker) mod anden bedømmer (kolonner)");
            Function<String, String> name = m.id() == null ? report.checklist()::verdictLabel : v -> v;
            next = crossTable(w, next + 1, m, name);
        }
        w.finish();
    }

    private static String label(Calibration.Measure m) {
        return m.id() == null ? m.text() : m.id();
    }

    private static List<Object> row(Calibration.Measure m) {
        Agreement a = m.agreement();
        List<Object> row = new ArrayList<>(List.of(m.id() == null ? "samlet" : m.id(), m.text()));
        if (a == null) {
            row.add(0);
            return row;
        }
        row.add(a.pairs());
        row.add((int) Math.round(a.observed() * a.pairs()));
        row.add(a.observed());
        boolean shown = m.coefficientsShown();
        for (Agreement.Estimate e : java.util.Arrays.asList(a.kappa(), a.weightedKappa(), a.ac1())) {
            boolean has = shown && e != null;
            row.add(has ? e.value() : null);
            row.add(has && e.interval() != null ? e.interval().lower() : null);
            row.add(has && e.interval() != null ? e.interval().upper() : null);
        }
        return row;
    }

    private static int crossTable(SheetWriter w, int first, Calibration.Measure m, Function<String, String> name) {
        Agreement a = m.agreement();
        List<String> cats = a.categories();
        List<Column> columns = new ArrayList<>(List.of(Column.text("Første \\ anden")));
        cats.forEach(c -> columns.add(Column.integer(name.apply(c))));
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < cats.size(); i++) {
            List<Object> row = new ArrayList<>(List.of(name.apply(cats.get(i))));
            for (int j = 0; j < cats.size(); j++) {
                row.add(a.count(i, j));
            }
            rows.add(row);
        }
        String table = "Kalibrering_" + (m.id() == null ? "samlet" : m.id().replaceAll("[^A-Za-z0-9_]", "_"));
        return w.table(first, table, columns, rows);
    }
}
