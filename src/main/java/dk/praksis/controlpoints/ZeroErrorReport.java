package dk.praksis.controlpoints;

import java.time.YearMonth;
import java.util.List;

/**
 * Which control points have had no errors for {@code minMonths} months in a row: candidates to retire from the
 * ledelsestilsyn, as the consultants' analysis recommends for "0-fejlsområder".
 *
 * @param months  the months read, oldest first, with their file names and number of cases
 * @param points  the latest checklist's error-giving items in checklist order
 * @param counted items with a counted scale (no errors to count), by id
 */
public record ZeroErrorReport(String checklist, int minMonths, List<MonthInfo> months, List<ControlPoint> points,
                              List<String> counted) {

    public ZeroErrorReport {
        months = List.copyOf(months);
        points = List.copyOf(points);
        counted = List.copyOf(counted);
    }

    /** One month read. */
    public record MonthInfo(YearMonth month, String file, int cases) {
    }

    public List<ControlPoint> candidates() {
        return points.stream().filter(ControlPoint::candidate).toList();
    }
}
