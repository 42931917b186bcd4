package dk.praksis.report.terminal;

import static dk.praksis.report.text.DanishFormat.ofTotal;
import static dk.praksis.report.text.DanishFormat.percent;

import dk.praksis.report.AuditReport;
import dk.praksis.report.KeyFigures;
import dk.praksis.report.UnitReport;
import java.util.ArrayList;
import java.util.List;

/**
 * One aligned row per kommune and a total: all cases, then in accordance and omgjort, each as "8 af 12" out
 * of the realitetsbehandlede cases (the denominator of the percentage beside it).
 */
public final class TerminalSummary {

    private static final List<String> HEADERS = List.of("Kommune", "Sager", "I overensstemmelse", "Pct.",
            "Omgjort", "Omgørelsesprocent");

    private TerminalSummary() {
    }

    /** The table as lines ending in '\n', followed by two lines stating the denominator. */
    public static String render(AuditReport report) {
        boolean reversal = report.total().figures().hasReversal();
        List<List<String>> rows = new ArrayList<>();
        report.kommuner().forEach(u -> rows.add(row(u.kommune().navn(), u, reversal)));
        List<String> total = row("I alt", report.total(), reversal);
        StringBuilder out = new StringBuilder();
        // No omgørelsesprocent columns for a checklist where no consequence counts as a reversal.
        int columns = reversal ? HEADERS.size() : HEADERS.size() - 2;
        TextTable table = new TextTable(HEADERS.subList(0, columns),
                List.of(false, true, true, true, true, true).subList(0, columns));
        table.render(rows, total, out);
        out.append("Procenterne er af de realitetsbehandlede sager (tallet efter »af«).\n"
                + "Sager, der ikke kan vurderes, indgår ikke.\n");
        return out.toString();
    }

    private static List<String> row(String name, UnitReport unit, boolean reversal) {
        KeyFigures f = unit.figures();
        List<String> row = new ArrayList<>(List.of(name, String.valueOf(f.cases()), ofTotal(f.accordance()),
                percent(f.accordance())));
        if (reversal) {
            row.addAll(List.of(ofTotal(f.reversal()), percent(f.reversal())));
        }
        return row;
    }
}
