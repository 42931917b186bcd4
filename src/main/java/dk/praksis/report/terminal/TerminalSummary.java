package dk.praksis.report.terminal;

import static dk.praksis.text.DanishFormat.ofTotal;
import static dk.praksis.text.DanishFormat.percent;

import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Consequence;
import dk.praksis.checklist.Labels;
import dk.praksis.report.AuditReport;
import dk.praksis.report.KeyFigures;
import dk.praksis.report.UnitReport;
import dk.praksis.report.VerdictCount;
import dk.praksis.text.DanishFormat;
import dk.praksis.text.DanishList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One aligned row per kommune and a total: all cases, then in accordance and omgjort, each as "8 af 12" out
 * of the realitetsbehandlede cases (the denominator of the percentage beside it), then the count of every
 * other verdict (formelle mangler, kan ikke vurderes), so each row's categories add up to its cases.
 */
public final class TerminalSummary {

    private static final List<String> HEADERS = List.of("Kommune", "Sager", "I overensstemmelse", "Pct.",
            "Omgjort", "Omgørelsesprocent");

    private TerminalSummary() {
    }

    /** The table as lines ending in '\n', followed by a line stating the denominator and one saying what adds up to the cases. */
    public static String render(AuditReport report) {
        boolean reversal = report.total().figures().hasReversal();
        // Verdicts not already counted in accordance or omgjort; every unit lists the same verdicts in order.
        List<Integer> others = others(report);
        List<VerdictCount> order = report.total().figures().verdicts();
        List<List<String>> rows = new ArrayList<>();
        report.kommuner().forEach(u -> rows.add(row(u.kommune().navn(), u, reversal, others)));
        List<String> total = row("I alt", report.total(), reversal, others);
        // No omgørelsesprocent columns for a checklist where no consequence counts as a reversal.
        List<String> headers = new ArrayList<>(HEADERS.subList(0, reversal ? HEADERS.size() : HEADERS.size() - 2));
        others.forEach(i -> headers.add(order.get(i).label()));
        List<Boolean> right = new ArrayList<>(Collections.nCopies(headers.size(), true));
        right.set(0, false);
        StringBuilder out = new StringBuilder();
        new TextTable(headers, right).render(rows, total, out);
        out.append("Procenterne er af de realitetsbehandlede sager (tallet efter »af«).\n"
                + "Sager, der ikke kan vurderes, indgår ikke i procenterne.\n");
        List<String> parts = new ArrayList<>(headers.subList(2, headers.size()));
        parts.removeIf(h -> h.equals("Pct.") || h.equals("Omgørelsesprocent"));
        out.append(Labels.capitalised(DanishList.and(parts.stream().map(h -> h.toLowerCase(DanishFormat.DANISH))
                .toList()))).append(" giver tilsammen rækkens sager.\n");
        return out.toString();
    }

    /** Indexes into the verdicts of those that are neither in accordance nor a reversing consequence. */
    private static List<Integer> others(AuditReport report) {
        Set<String> reversing = report.checklist().consequences().stream().filter(Consequence::reversal)
                .map(Consequence::id).collect(Collectors.toSet());
        List<VerdictCount> verdicts = report.total().figures().verdicts();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            String v = verdicts.get(i).verdict();
            if (!v.equals(Checklist.VERDICT_OK) && !reversing.contains(v)) {
                others.add(i);
            }
        }
        return others;
    }

    private static List<String> row(String name, UnitReport unit, boolean reversal, List<Integer> others) {
        KeyFigures f = unit.figures();
        List<String> row = new ArrayList<>(List.of(name, String.valueOf(f.cases()), ofTotal(f.accordance()),
                percent(f.accordance())));
        if (reversal) {
            row.addAll(List.of(ofTotal(f.reversal()), percent(f.reversal())));
        }
        others.forEach(i -> row.add(String.valueOf(f.verdicts().get(i).share().count())));
        return row;
    }
}
