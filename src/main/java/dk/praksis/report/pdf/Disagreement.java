package dk.praksis.report.pdf;

import dk.praksis.checklist.Checklist;
import dk.praksis.report.CaseRow;

/** Why a case's verdict is not the one its answers give: the reviewer judged otherwise, and said why or did not. */
final class Disagreement {

    private Disagreement() {
    }

    /**
     * "Svarene giver »I overensstemmelse med regler og praksis«, men bedømmeren vurderer samlet, at sagen »Ville
     * blive hjemvist«. Bedømmerens bemærkning forklarer hvorfor."
     */
    static String explain(Checklist checklist, CaseRow c) {
        return "Svarene giver »" + checklist.verdictLabel(c.derivedVerdict()) + "«, men bedømmeren vurderer samlet »"
                + checklist.verdictLabel(c.reviewerVerdict()) + "«, og det er den vurdering, der tæller. "
                + (c.remark() == null || c.remark().isBlank()
                        ? "Bedømmeren har ikke skrevet en bemærkning, der forklarer forskellen."
                        : "Bedømmerens bemærkning forklarer forskellen.");
    }
}
