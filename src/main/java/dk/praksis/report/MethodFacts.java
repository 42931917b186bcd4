package dk.praksis.report;

import dk.praksis.stats.IntervalMethod;
import dk.praksis.stats.Kappa;
import java.time.LocalDate;
import java.util.List;

/**
 * Facts for the Metode appendix beyond the audit's own figures (its cases, realitetsbehandlede sager,
 * kommuner, reviewers and disagreements are in {@link AuditReport#total()} and {@link AuditReport#kommuner()}).
 *
 * @param intervalMethods      the interval methods used (their Danish descriptions explain them)
 * @param confidenceLevel      e.g. 0.95
 * @param checklistSha256      hash of the checklist file, so the reader can tell exactly which one scored the cases
 * @param agreement            Cohen's kappa between reviewers' and derived verdicts where both exist, or null
 */
public record MethodFacts(LocalDate asOf, String checklistId, int checklistVersion, String checklistSha256,
                          List<IntervalMethod> intervalMethods, double confidenceLevel, Kappa agreement) {

    public MethodFacts {
        intervalMethods = List.copyOf(intervalMethods);
    }

    /** Whether a finite-population correction was applied for at least one kommune. */
    public boolean populationCorrection() {
        return intervalMethods.contains(IntervalMethod.WILSON_FPC);
    }
}
