package dk.praksis.report.excel;

import dk.praksis.report.ItemFigures;
import dk.praksis.report.UnitReport;
import dk.praksis.report.ValueCount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet "Fordelinger", only when the checklist has counted scales (e.g. Likert): one row per question
 * and answer value with its count and share of the answers.
 */
final class DistributionSheet {

    static final String NAME = "Fordelinger";

    private DistributionSheet() {
    }

    static boolean applies(UnitReport unit) {
        return unit.sections().stream().flatMap(s -> s.items().stream())
                .anyMatch(f -> !f.all().distribution().isEmpty());
    }

    static void write(Workbook wb, Styles styles, UnitReport unit) {
        boolean compare = !unit.isTotal();
        List<Column> columns = new ArrayList<>(List.of(Column.text("Spørgsmål-id"), Column.longText("Spørgsmål"),
                Column.text("Svar")));
        columns.addAll(SummarySheet.shareColumns(""));
        if (compare) {
            columns.addAll(SummarySheet.shareColumns(" (alle)"));
        }
        List<List<Object>> rows = new ArrayList<>();
        unit.sections().stream().flatMap(s -> s.items().stream()).filter(f -> !f.all().distribution().isEmpty())
                .forEach(f -> addRows(rows, f, compare));
        SheetWriter w = new SheetWriter(wb, NAME, styles);
        w.table(0, "Fordelinger", columns, rows);
        w.freezeHeader(0);
        w.finish();
    }

    private static void addRows(List<List<Object>> rows, ItemFigures f, boolean compare) {
        List<ValueCount> all = f.all().distribution();
        for (int i = 0; i < all.size(); i++) {
            List<Object> row = new ArrayList<>(Arrays.asList(f.item().id(), f.item().text(), all.get(i).value()));
            // The model lists a kommune's values in the same order as all kommuners'.
            row.addAll(ShareCells.of(compare ? f.unit().distribution().get(i).share() : all.get(i).share()));
            if (compare) {
                row.addAll(ShareCells.of(all.get(i).share()));
            }
            rows.add(row);
        }
    }
}
