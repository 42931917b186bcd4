package dk.praksis.report.excel;

import dk.praksis.checklist.Checklist;
import dk.praksis.report.CaseRow;
import dk.praksis.report.FailedItem;
import dk.praksis.report.UnitReport;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet "Begrundelser": one row per case and question not met, with its reason in a cell of its own
 * (long format), so an analyst can filter and count reasons by question, kommune or consequence.
 */
final class ReasonsSheet {

    static final String NAME = "Begrundelser";

    private ReasonsSheet() {
    }

    static void write(Workbook wb, Styles styles, Checklist checklist, UnitReport unit) {
        List<Column> columns = List.of(Column.text("Sags-id"), Column.text("Kommunekode"), Column.text("Kommune"),
                Column.text("Sagstype"), Column.text("Spørgsmål-id"), Column.longText("Spørgsmål"),
                Column.text("Konsekvens"), Column.longText("Begrundelse"));
        LongTableSheets.write(wb, styles, NAME, "Begrundelser", columns, unit.cases().stream()
                .flatMap(c -> c.failed().stream().map(f -> row(checklist, c, f))).iterator());
    }

    private static List<Object> row(Checklist checklist, CaseRow c, FailedItem f) {
        return Arrays.asList(c.id(), c.kommuneKode(), c.kommuneNavn(), c.caseTypeLabel(), f.itemId(), f.itemText(),
                f.consequence() == null ? null : checklist.verdictLabel(f.consequence()), f.reason());
    }
}
