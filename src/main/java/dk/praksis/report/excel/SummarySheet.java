package dk.praksis.report.excel;

import dk.praksis.report.AuditReport;
import dk.praksis.results.AuditInfo;
import dk.praksis.report.KeyFigures;
import dk.praksis.stats.Share;
import dk.praksis.report.UnitReport;
import dk.praksis.report.VerdictCount;
import dk.praksis.text.DanishFormat;
import dk.praksis.report.text.SummarySentences;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet "Sammenfatning": the audit's facts, the key figures and the verdicts of the unit beside all
 * kommuner, the generated sentences and a native bar chart of the verdict shares.
 */
final class SummarySheet {

    static final String NAME = "Sammenfatning";
    static final String KEY_TABLE = "Noegletal";
    static final String VERDICT_TABLE = "Vurderinger";

    private SummarySheet() {
    }

    static void write(Workbook wb, Styles styles, AuditReport report, UnitReport unit) {
        SheetWriter w = new SheetWriter(wb, NAME, styles);
        boolean compare = !unit.isTotal();
        w.title(0, report.info().shownTitle());
        if (report.info().isDraft()) {
            w.note(1, AuditInfo.DRAFT_LABEL + ": tallene kan blive rettet efter kommunernes bemærkninger, før den"
                    + " endelige rapport udgives.");
        }
        int r = 2;
        w.field(r++, "Kommune", compare ? unit.kommune().navn() : "Alle kommuner i undersøgelsen", Kind.TEXT);
        if (compare) {
            w.field(r++, "Kommunekode", unit.kommune().kode(), Kind.TEXT);
        }
        w.field(r++, "Afsender", report.info().sender(), Kind.TEXT);
        w.field(r++, "År", report.info().year(), Kind.INTEGER);
        w.field(r++, "Periode", report.info().period(), Kind.TEXT);
        w.field(r++, "Opgørelsesdato", report.info().asOf(), Kind.DATE);
        r++;

        KeyFigures unitFigures = unit.figures();
        KeyFigures all = report.total().figures();
        List<List<Object>> keyRows = new ArrayList<>(List.of(
                keyRow("Sager", unitFigures.cases(), all.cases(), compare),
                keyRow("Realitetsbehandlede sager", unitFigures.assessed(), all.assessed(), compare),
                shareRow("I overensstemmelse med regler og praksis", unitFigures.accordance(), all.accordance(), compare)));
        if (unitFigures.hasReversal()) {
            keyRows.add(shareRow("Omgørelsesprocent (ændret eller hjemvist)", unitFigures.reversal(), all.reversal(),
                    compare));
        }
        r = w.table(r, KEY_TABLE, figureColumns("Nøgletal", compare), keyRows) + 1;

        int verdictHeader = r;
        List<List<Object>> verdictRows = new ArrayList<>();
        for (int i = 0; i < unitFigures.verdicts().size(); i++) {
            VerdictCount v = unitFigures.verdicts().get(i);
            verdictRows.add(shareRow(v.label(), v.share(), compare ? all.verdicts().get(i).share() : null, compare));
        }
        r = w.table(r, VERDICT_TABLE, figureColumns("Samlet vurdering", compare), verdictRows) + 1;

        for (String sentence : SummarySentences.of(report, unit)) {
            w.note(r++, sentence);
        }
        for (String basis : SummarySentences.reversalBasis(unitFigures).stream().toList()) {
            w.note(r++, basis);
        }
        w.note(r++, "Andele er vist med " + DanishFormat.level(report.method().confidenceLevel())
                + "-konfidensinterval (nedre og øvre grænse); se Metode i rapporten.");
        r++;
        VerdictChart.draw(w.sheet(), r, verdictHeader, verdictRows.size(),
                compare ? unit.kommune().navn() : "Alle kommuner", compare);
        w.finish();
    }

    /** A label column, then the unit's share columns, then all kommuners' when comparing. */
    private static List<Column> figureColumns(String label, boolean compare) {
        List<Column> columns = new ArrayList<>(List.of(Column.text(label)));
        columns.addAll(shareColumns(""));
        if (compare) {
            columns.addAll(shareColumns(" (alle)"));
        }
        return columns;
    }

    /** Antal, nævner, andel and the interval bounds; the verdict chart reads the andel columns. */
    static List<Column> shareColumns(String suffix) {
        return List.of(Column.integer("Antal" + suffix), Column.integer("Nævner" + suffix),
                Column.percent("Andel" + suffix), Column.percent("Nedre grænse" + suffix),
                Column.percent("Øvre grænse" + suffix));
    }

    /** A row of plain counts: only the antal columns are filled. */
    private static List<Object> keyRow(String label, int unit, int all, boolean compare) {
        List<Object> row = new ArrayList<>(Arrays.asList(label, unit, null, null, null, null));
        if (compare) {
            row.addAll(Arrays.asList(all, null, null, null, null));
        }
        return row;
    }

    private static List<Object> shareRow(String label, Share unit, Share all, boolean compare) {
        List<Object> row = new ArrayList<>();
        row.add(label);
        row.addAll(ShareCells.of(unit));
        if (compare) {
            row.addAll(ShareCells.of(all));
        }
        return row;
    }
}
