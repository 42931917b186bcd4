package dk.praksis.report;

import dk.praksis.cases.Kommune;
import java.util.List;

/**
 * What the report says about one kommune, or about the whole audit.
 *
 * @param kommune    the kommune, or null for the audit as a whole
 * @param sections   in checklist order; item figures set the unit beside all kommuner
 * @param cases      sorted by kommune name, then case id
 * @param mostFailed the items most often not met (at most {@link ReportBuilder#MOST_FAILED}), most failures first
 * @param reviewers  the reviewers' ids, sorted
 */
public record UnitReport(Kommune kommune, KeyFigures figures, List<SectionFigures> sections, List<CaseRow> cases,
                         List<ItemFigures> mostFailed, List<String> reviewers) {

    public UnitReport {
        sections = List.copyOf(sections);
        cases = cases instanceof CaseRows ? cases : List.copyOf(cases); // a view is immutable already
        mostFailed = List.copyOf(mostFailed);
        reviewers = List.copyOf(reviewers);
    }

    public boolean isTotal() {
        return kommune == null;
    }
}
