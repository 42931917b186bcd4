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
        List<List<String>> rows = new ArrayList<>();
        report.kommuner().forEach(u -> rows.add(row(u.kommune().navn(), u)));
        List<String> total = row("I alt", report.total());
        StringBuilder out = new StringBuilder();
        TextTable table = new TextTable(HEADERS, List.of(false, true, true, true, true, true));
        table.render(rows, total, out);
        out.append("Procenterne er af de realitetsbehandlede sager (tallet efter »af«).\n"
                + "Sager, der ikke kan vurderes, indgår ikke.\n");
        return out.toString();
    }

    private static List<String> row(String name, UnitReport unit) {
        KeyFigures f = unit.figures();
        return List.of(name, String.valueOf(f.cases()), ofTotal(f.accordance()), percent(f.accordance()),
                ofTotal(f.reversal()), percent(f.reversal()));
    }
}
