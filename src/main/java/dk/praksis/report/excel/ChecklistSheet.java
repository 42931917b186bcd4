package dk.praksis.report.excel;

import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistDescription;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Sheet "Måleskema": the checklist in the words of {@link ChecklistDescription}, one row per
 * question with when it applies, how it is judged, its consequence and its legal source.
 */
final class ChecklistSheet {

    static final String NAME = "Måleskema";

    private ChecklistSheet() {
    }

    static void write(XSSFWorkbook wb, Styles styles, Checklist checklist) {
        ChecklistDescription d = ChecklistDescription.of(checklist);
        List<Column> columns = List.of(Column.text("Afsnit-id"), Column.text("Afsnit"), Column.text("Spørgsmål-id"),
                Column.longText("Spørgsmål"), Column.text("Type"), Column.longText("Gælder"),
                Column.longText("Sådan vurderes det"), Column.text("Konsekvens ved ikke opfyldt"),
                Column.longText("Regel"), Column.longText("Vores læsning"));
        List<List<Object>> rows = new ArrayList<>();
        for (ChecklistDescription.SectionText s : d.sections()) {
            for (ChecklistDescription.ItemText i : s.items()) {
                rows.add(new ArrayList<>(Arrays.asList(s.id(), s.title(), i.id(), i.text(), i.kind(), i.appliesTo(),
                        i.rule(), i.consequence(), i.legalSource(), i.reading())));
            }
        }
        SheetWriter w = new SheetWriter(wb, NAME, styles);
        w.note(0, d.heading());
        w.note(1, "Forrang: " + d.precedence());
        w.table(3, "Maaleskema", columns, rows);
        w.freezeHeader(3);
        w.finish();
    }
}
