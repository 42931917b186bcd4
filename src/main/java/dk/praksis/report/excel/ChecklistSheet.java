package dk.praksis.report.excel;

import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.Section;
import dk.praksis.checklist.ItemDescriber;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/** Sheet "Måleskema": the checklist, one row per question with its type, rule and legal source. */
final class ChecklistSheet {

    static final String NAME = "Måleskema";

    private ChecklistSheet() {
    }

    static void write(Workbook wb, Styles styles, Checklist checklist) {
        List<Column> columns = List.of(Column.text("Afsnit-id"), Column.text("Afsnit"), Column.text("Spørgsmål-id"),
                Column.longText("Spørgsmål"), Column.text("Type"), Column.text("Sagstyper"),
                Column.longText("Hvornår opfyldt"), Column.text("Konsekvens ved ikke opfyldt"),
                Column.longText("Regel"));
        List<List<Object>> rows = new ArrayList<>();
        for (Section s : checklist.sections()) {
            for (Item i : s.items()) {
                List<Object> row = new ArrayList<>(Arrays.asList(s.id(), s.title(), i.id(), i.text(), i.type().key()));
                row.add(i.caseTypes().isEmpty() ? "Alle"
                        : String.join(", ", i.caseTypes().stream()
                                .map(t -> checklist.caseTypes().getOrDefault(t, t)).toList()));
                row.add(ItemDescriber.rule(i, checklist));
                row.add(i.consequence() == null ? null : checklist.verdictLabel(i.consequence()));
                row.add(i.rule());
                rows.add(row);
            }
        }
        SheetWriter w = new SheetWriter(wb, NAME, styles);
        w.note(0, checklist.title() + " (måleskema " + checklist.id() + ", version " + checklist.version() + ")");
        w.table(2, "Maaleskema", columns, rows);
        w.freezeHeader(2);
        w.finish();
    }
}
