package dk.praksis.controlpoints;

import dk.praksis.results.ItemInfo;
import dk.praksis.results.ResultsFile;
import dk.praksis.results.Tally;
import dk.praksis.stats.Proportion;
import dk.praksis.text.DanishDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds each control point's run of months without errors, counting back from the latest month. A run ends at a
 * month with an error, a month where no case was judged on the point (no evidence is not a zero), a month missing
 * from the files, or a month whose checklist lacks the point. Items whose scale is counted (e.g. Likert) have no
 * errors and are listed apart.
 */
public final class ZeroErrors {

    static final double LEVEL = 0.95;

    private ZeroErrors() {
    }

    public static ZeroErrorReport of(List<MonthlyResults.Month> months, int minMonths) {
        ResultsFile latest = months.get(months.size() - 1).results();
        List<ControlPoint> points = new ArrayList<>();
        List<String> counted = new ArrayList<>();
        for (ItemInfo item : latest.items()) {
            if (isCounted(months, item.id())) {
                counted.add(item.id());
            } else {
                points.add(point(months, item, minMonths));
            }
        }
        List<ZeroErrorReport.MonthInfo> info = months.stream().map(m -> new ZeroErrorReport.MonthInfo(m.month(),
                m.name(), m.results().aggregates().total().cases())).toList();
        return new ZeroErrorReport(latest.checklist().id(), minMonths, info, points, counted);
    }

    private static Tally.ItemTally tally(MonthlyResults.Month m, String id) {
        return m.results().aggregates().total().items().get(id);
    }

    /** Counted in every month that has the item, and never met or not met. */
    private static boolean isCounted(List<MonthlyResults.Month> months, String id) {
        boolean any = false;
        for (MonthlyResults.Month m : months) {
            Tally.ItemTally t = tally(m, id);
            if (t != null) {
                if (t.met() + t.notMet() > 0 || t.counted().isEmpty()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static ControlPoint point(List<MonthlyResults.Month> months, ItemInfo item, int minMonths) {
        int run = 0;
        int judgedInRun = 0;
        YearMonth runFrom = null;
        String ended = "alle månederne i filerne er uden fejl";
        boolean open = true;
        YearMonth lastError = null;
        int lastErrors = 0;
        int lastJudged = 0;
        int judgedAll = 0;
        int errorsAll = 0;
        for (int i = months.size() - 1; i >= 0; i--) {
            MonthlyResults.Month m = months.get(i);
            Tally.ItemTally t = tally(m, item.id());
            int judged = t == null ? 0 : t.met() + t.notMet();
            int errors = t == null ? 0 : t.notMet();
            judgedAll += judged;
            errorsAll += errors;
            if (errors > 0 && lastError == null) {
                lastError = m.month();
                lastErrors = errors;
                lastJudged = judged;
            }
            if (!open) {
                continue;
            }
            String month = DanishDate.month(m.asOf());
            if (runFrom != null && !m.month().plusMonths(1).equals(runFrom)) {
                ended = "måneden før " + DanishDate.month(runFrom.atDay(1)) + " mangler i filerne";
                open = false;
            } else if (t == null) {
                ended = "ikke i måleskemaet i " + month;
                open = false;
            } else if (errors > 0) {
                ended = errors + " fejl i " + judged + " bedømte sager i " + month;
                open = false;
            } else if (judged == 0) {
                ended = "ingen sager bedømt i " + month;
                open = false;
            } else {
                run++;
                judgedInRun += judged;
                runFrom = m.month();
            }
        }
        Double upper = judgedInRun == 0 ? null
                : Proportion.of(0, judgedInRun).wilson(LEVEL).orElseThrow().upper();
        return new ControlPoint(item.id(), item.section(), item.text(), run, runFrom, judgedInRun, upper, lastError,
                lastErrors, lastJudged, judgedAll, errorsAll, ended, run >= minMonths);
    }
}
