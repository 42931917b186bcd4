package dk.praksis.audit;

import dk.praksis.checklist.Checklist;
import dk.praksis.results.ResultsFile;
import dk.praksis.scoring.CaseResult;
import java.util.List;

/**
 * Everything a run concluded, handed to every {@link OutputRenderer}.
 *
 * @param cases        scored cases, sorted by kommunekode then id (the order every output lists them)
 * @param results      the same as the results file holds (metadata, item fingerprints, simple counts)
 * @param maskedValues personal data values masked while reading (only with masking switched on)
 */
public record AuditOutcome(AuditSpec spec, Checklist checklist, List<CaseResult> cases, ResultsFile results,
                           int maskedValues) {

    public AuditOutcome {
        cases = List.copyOf(cases);
    }

    /** The audit's title: the audit file's or the flag's, else the checklist's. */
    public String title() {
        return spec.title() != null ? spec.title() : checklist.title();
    }
}
