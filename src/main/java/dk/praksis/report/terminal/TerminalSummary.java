package dk.praksis.report.terminal;

import static dk.praksis.report.text.DanishFormat.percent;

import dk.praksis.report.AuditReport;
import dk.praksis.report.KeyFigures;
import dk.praksis.report.UnitReport;
import java.util.ArrayList;
import java.util.List;

/** One aligned row per kommune and a total: cases, in accordance (count and share), omgørelsesprocent. */
public final class TerminalSummary {

    private static final List<String> HEADERS = List.of("Kommune", "Sager", "I overensstemmelse", "Pct.",
            "Omgjort", "Omgørelsesprocent");

    private TerminalSummary() {
    }

    /** The table as lines ending in '\n', followed by a line stating the denominator. */
    public static String render(AuditReport report) {
        List<List<String>> rows = new ArrayList<>();
        report.kommuner().forEach(u -> rows.add(row(u.kommune().navn(), u)));
        List<String> total = row("I alt", report.total());
        StringBuilder out = new StringBuilder();
        TextTable table = new TextTable(HEADERS, List.of(false, true, true, true, true, true));
        table.render(rows, total, out);
        out.append("Procenterne er af de realitetsbehandlede sager; sager, der ikke kan vurderes, indgår ikke.\n");
        return out.toString();
    }

    private static List<String> row(String name, UnitReport unit) {
        KeyFigures f = unit.figures();
        return List.of(name, String.valueOf(f.cases()), String.valueOf(f.accordance().count()),
                percent(f.accordance()), String.valueOf(f.reversal().count()), percent(f.reversal()));
    }
}
