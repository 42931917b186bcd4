package dk.praksis.audit;

import dk.praksis.checklist.Checklist;
import dk.praksis.report.AuditReport;
import dk.praksis.results.ResultsFile;
import dk.praksis.scoring.CaseResult;
import java.util.List;

/**
 * Everything a run concluded, handed to every {@link OutputRenderer}.
 *
 * @param cases        scored cases, sorted by kommunekode then id (the order every output lists them); a view over
 *                     the run's case store, readable while the outputs are written (a large run's store is on disk
 *                     and deleted when the run ends)
 * @param results      the same as the results file holds (metadata, item fingerprints, simple counts)
 * @param report       the report model (figures with intervals) every report renderer draws on
 * @param maskedValues personal data values masked while reading (only with masking switched on)
 * @param unexplained  how many cases have a reviewer's verdict that differs from the answers' without a remark
 * @param firstUnexplained the ids of the first of those (at most {@link AuditSummary#NAMED_CASES}), in case order
 */
public record AuditOutcome(AuditSpec spec, Checklist checklist, List<CaseResult> cases, ResultsFile results,
                           AuditReport report, int maskedValues, int unexplained, List<String> firstUnexplained) {

    public AuditOutcome {
        firstUnexplained = List.copyOf(firstUnexplained);
    }

    /** The audit's title: the audit file's or the flag's, else the checklist's. */
    public String title() {
        return spec.title() != null ? spec.title() : checklist.title();
    }
}
