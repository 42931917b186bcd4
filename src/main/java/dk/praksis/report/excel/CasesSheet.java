package dk.praksis.report.excel;

import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Item;
import dk.praksis.report.CaseRow;
import dk.praksis.report.UnitReport;
import dk.praksis.report.text.OutcomeLabels;
import dk.praksis.scoring.ItemResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet "Sager": one row per case with its verdicts, score, reviewer and remark, the reasons of the
 * questions not met, and one column per question with its outcome.
 */
final class CasesSheet {

    static final String NAME = "Sager";
    static final String REASONS = "Ikke opfyldt: begrundelser";

    private CasesSheet() {
    }

    static void write(Workbook wb, Styles styles, Checklist checklist, UnitReport unit) {
        List<Item> items = checklist.items().toList();
        List<Column> columns = new ArrayList<>(List.of(Column.text("Sags-id"), Column.text("Kommunekode"),
                Column.text("Kommune"), Column.text("Sagstype"), Column.text("Samlet vurdering"),
                Column.text("Afledt vurdering"), Column.text("Bedømmers vurdering"),
                Column.text("Uenighed"), Column.percent("Score"), Column.text("Bedømmer"),
                Column.longText("Bemærkning"), Column.longText(REASONS)));
        items.forEach(i -> columns.add(Column.text(header(i))));
        LongTableSheets.write(wb, styles, NAME, "Sager", columns,
                unit.cases().stream().map(c -> row(checklist, items, c)).iterator());
    }

    /** "VV1 Er sagen tilstrækkeligt oplyst, herunder med lægelige…": the id with the question's start. */
    static String header(Item item) {
        return item.id() + " " + dk.praksis.compare.ChangeFormat.shortText(item.text());
    }

    private static List<Object> row(Checklist checklist, List<Item> items, CaseRow c) {
        List<Object> row = new ArrayList<>();
        row.add(c.id());
        row.add(c.kommuneKode());
        row.add(c.kommuneNavn());
        row.add(c.caseTypeLabel());
        row.add(c.verdictLabel());
        row.add(checklist.verdictLabel(c.derivedVerdict()));
        row.add(c.reviewerVerdict() == null ? null : checklist.verdictLabel(c.reviewerVerdict()));
        row.add(c.disagreement() ? "Ja" : "Nej"); // words, not TRUE/FALSE: LibreOffice shows a boolean as 0/1
        row.add(c.score());
        row.add(c.reviewer());
        row.add(c.remark());
        row.add(c.failed().isEmpty() ? null : c.failed().stream().map(f -> f.itemId() + ": " + f.reason())
                .collect(Collectors.joining("\n")));
        Map<String, ItemResult> byId = c.items().stream()
                .collect(Collectors.toMap(ItemResult::itemId, Function.identity(), (a, b) -> a));
        items.forEach(i -> row.add(byId.containsKey(i.id()) ? OutcomeLabels.label(byId.get(i.id())) : null));
        return row;
    }
}
