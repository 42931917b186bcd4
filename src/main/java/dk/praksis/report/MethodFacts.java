package dk.praksis.report;

import dk.praksis.stats.IntervalMethod;
import dk.praksis.stats.Kappa;
import java.time.LocalDate;
import java.util.List;

/**
 * Facts for the Metode appendix.
 *
 * @param intervalMethods      the interval methods used (their Danish descriptions explain them)
 * @param confidenceLevel      e.g. 0.95
 * @param checklistSha256      hash of the checklist file, so the reader can tell exactly which one scored the cases
 * @param agreement            Cohen's kappa between reviewers' and derived verdicts where both exist, or null
 */
public record MethodFacts(int cases, int assessed, int kommuner, List<String> reviewers, LocalDate asOf,
                          String checklistId, int checklistVersion, String checklistSha256,
                          List<IntervalMethod> intervalMethods, double confidenceLevel,
                          int disagreements, Kappa agreement) {

    public MethodFacts {
        reviewers = List.copyOf(reviewers);
        intervalMethods = List.copyOf(intervalMethods);
    }

    /** Whether a finite-population correction was applied for at least one kommune. */
    public boolean populationCorrection() {
        return intervalMethods.contains(IntervalMethod.WILSON_FPC);
    }
}
