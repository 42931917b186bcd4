package dk.praksis.report;

import dk.praksis.scoring.ItemResult;
import java.util.List;

/**
 * One case in a kommune's Sagsoversigt.
 *
 * @param verdict         the counted verdict (the reviewer's when given, else the derived one)
 * @param score           share of relevant items met, or null when none is relevant
 * @param items           every item's result, in checklist order
 * @param failed          the items not met, in checklist order
 * @param disagreement    the reviewer's and the derived verdict are both given and differ
 */
public record CaseRow(String id, String kommuneKode, String kommuneNavn, String caseType, String caseTypeLabel,
                      String verdict, String verdictLabel, String derivedVerdict, String reviewerVerdict,
                      boolean disagreement, Double score, List<ItemResult> items, List<FailedItem> failed,
                      String reviewer, String remark) {

    public CaseRow {
        items = List.copyOf(items);
        failed = List.copyOf(failed);
    }
}
