package dk.praksis.scoring;

import dk.praksis.cases.Kommune;
import java.util.List;

/**
 * Everything the audit concludes about one case.
 *
 * @param items           in checklist order
 * @param score           share of relevant (met or not met) items that are met; null when none is relevant
 * @param derivedVerdict  worst consequence among failed items, else i_overensstemmelse; kan_ikke_vurderes
 *                        when the file holds no decision
 * @param reviewerVerdict the reviewer's own verdict, or null
 * @param disagreement    both verdicts are given and differ
 * @param secondReview    a second reviewer's independent answer set beside the first (double review), or null
 */
public record CaseResult(String caseId, Kommune kommune, String caseType, List<ItemResult> items, Double score,
                         String derivedVerdict, String reviewerVerdict, boolean disagreement,
                         String reviewer, String remark, SecondReview secondReview) {

    public CaseResult {
        items = List.copyOf(items);
    }

    /** A case reviewed once. */
    public CaseResult(String caseId, dk.praksis.cases.Kommune kommune, String caseType, List<ItemResult> items,
                      Double score, String derivedVerdict, String reviewerVerdict, boolean disagreement,
                      String reviewer, String remark) {
        this(caseId, kommune, caseType, items, score, derivedVerdict, reviewerVerdict, disagreement, reviewer, remark,
                null);
    }

    /**
     * The reviewer's verdict differs from the one the answers give and no remark explains it: the kommune cannot
     * see why (issue 11). {@code audit} and {@code validate} warn about it.
     */
    public boolean unexplained() {
        return disagreement && (remark == null || remark.isBlank());
    }

    /** The verdict the audit counts: the reviewer's when given (the legal judgement), else the derived one. */
    public String verdict() {
        return reviewerVerdict != null ? reviewerVerdict : derivedVerdict;
    }
}
