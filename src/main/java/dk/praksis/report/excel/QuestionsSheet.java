package dk.praksis.report.excel;

import dk.praksis.report.ItemFigures;
import dk.praksis.report.ItemStats;
import dk.praksis.report.SectionFigures;
import dk.praksis.report.UnitReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet "Spørgsmål": one row per theme and per question with met / not met / not relevant and the share
 * met with its interval; in a kommune's workbook the same for all kommuner beside it. Every row counts
 * cases: a theme row counts the cases that met the whole theme (see {@link SectionFigures}).
 */
final class QuestionsSheet {

    static final String NAME = "Spørgsmål";
    static final String SECTION_LEVEL = "Hele temaet (sager)";
    static final String NOTE = "Alle rækker tæller sager. En sag har opfyldt hele temaet, når alle temaets "
            + "spørgsmål, der var relevante i sagen, var opfyldt, og ikke opfyldt, når mindst ét af dem ikke var.";
    static final String ITEM_LEVEL = "Spørgsmål";

    private QuestionsSheet() {
    }

    static void write(Workbook wb, Styles styles, UnitReport unit) {
        boolean compare = !unit.isTotal();
        List<Column> columns = new ArrayList<>(List.of(Column.text("Niveau"), Column.text("Afsnit"),
                Column.text("Spørgsmål-id"), Column.longText("Spørgsmål")));
        columns.addAll(statColumns(""));
        if (compare) {
            columns.addAll(statColumns(" (alle)"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (SectionFigures s : unit.sections()) {
            rows.add(row(SECTION_LEVEL, s.title(), s.id(), s.title(), s.unitCases(), s.allCases(), compare));
            for (ItemFigures f : s.items()) {
                rows.add(row(ITEM_LEVEL, s.title(), f.item().id(), f.item().text(), f.unit(), f.all(), compare));
            }
        }
        SheetWriter w = new SheetWriter(wb, NAME, styles);
        int after = w.table(0, "Spoergsmaal", columns, rows);
        w.note(after + 1, NOTE);
        w.freezeHeader(0);
        w.finish();
    }

    private static List<Column> statColumns(String suffix) {
        return List.of(Column.integer("Opfyldt" + suffix), Column.integer("Ikke opfyldt" + suffix),
                Column.integer("Ikke relevant" + suffix), Column.percent("Andel opfyldt" + suffix),
                Column.percent("Nedre grænse" + suffix), Column.percent("Øvre grænse" + suffix));
    }

    private static List<Object> row(String level, String section, String id, String text, ItemStats unit,
                                    ItemStats all, boolean compare) {
        List<Object> row = new ArrayList<>(Arrays.asList(level, section, id, text));
        row.addAll(stats(unit));
        if (compare) {
            row.addAll(stats(all));
        }
        return row;
    }

    private static List<Object> stats(ItemStats s) {
        List<Object> cells = new ArrayList<>(List.of(s.met(), s.notMet(), s.notRelevant()));
        cells.addAll(ShareCells.shareOnly(s.shareMet()));
        return cells;
    }
}
