package dk.praksis.controlpoints;

import dk.praksis.text.DanishDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report in the terminal: the months read, the candidates with their counts, and why the rest are not. */
public final class ZeroErrorText {

    private ZeroErrorText() {
    }

    public static List<String> lines(ZeroErrorReport r) {
        List<String> out = new ArrayList<>();
        ZeroErrorReport.MonthInfo first = r.months().get(0);
        ZeroErrorReport.MonthInfo last = r.months().get(r.months().size() - 1);
        out.add("Kontrolpunkter uden fejl (" + r.checklist() + "): " + r.months().size() + " måneder, "
                + month(first.month()) + " – " + month(last.month()) + ", "
                + r.months().stream().mapToInt(ZeroErrorReport.MonthInfo::cases).sum() + " sager.");
        out.add("Kandidat til at udgå: ingen fejl i mindst " + r.minMonths() + " måneder i træk frem til "
                + month(last.month()) + ".");
        out.add("");
        List<ControlPoint> candidates = r.candidates();
        if (candidates.isEmpty()) {
            out.add("Ingen kontrolpunkter har været uden fejl i " + r.minMonths() + " måneder i træk.");
        } else {
            out.add(String.format("  %-6s %-10s %-18s %8s  %s", "punkt", "måneder", "periode", "sager",
                    "fejlandel højst (95 %)"));
            for (ControlPoint p : candidates) {
                out.add(String.format("  %-6s %-10s %-18s %8d  %s", p.id(), p.monthsWithoutErrors(),
                        shortMonth(p.runFrom()) + "–" + shortMonth(last.month()), p.judgedInRun(),
                        percent(p.upperBound())));
            }
            out.add("  »Sager« er de sager, kontrolpunktet blev bedømt i; alle var uden fejl. Jo færre sager, jo"
                    + " højere kan den sande fejlandel være.");
        }
        out.add("");
        out.add("Ikke kandidater:");
        for (ControlPoint p : r.points()) {
            if (!p.candidate()) {
                out.add("  " + p.id() + ": " + (p.monthsWithoutErrors() == 0 ? "" : months(p.monthsWithoutErrors())
                        + " uden fejl (" + p.judgedInRun() + " sager); ") + p.ended());
            }
        }
        if (!r.counted().isEmpty()) {
            out.add("Tællende spørgsmål uden fejlbegreb, ikke med: " + String.join(", ", r.counted()) + ".");
        }
        return out;
    }

    private static String months(int n) {
        return n + (n == 1 ? " måned" : " måneder");
    }

    static String month(YearMonth m) {
        return DanishDate.month(m.atDay(1));
    }

    private static String shortMonth(YearMonth m) {
        return month(m).substring(0, 3) + " " + m.getYear();
    }

    static String percent(Double share) {
        return share == null ? "–" : String.format(Locale.ROOT, "%.1f", share * 100).replace('.', ',') + " %";
    }
}
