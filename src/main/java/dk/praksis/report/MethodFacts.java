package dk.praksis.report;

import dk.praksis.calibration.Calibration;
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
 * @param consistency          internal consistency: Cohen's kappa between each reviewer's own overall verdict and the
 *                             verdict the checklist derives from the same reviewer's answers (cases with a decision
 *                             and a reviewer's verdict), or null; not agreement between reviewers
 * @param calibration          agreement between two reviewers on the double-reviewed cases
 */
public record MethodFacts(LocalDate asOf, String checklistId, int checklistVersion, String checklistSha256,
                          List<IntervalMethod> intervalMethods, double confidenceLevel, Kappa consistency,
                          Calibration calibration) {

    public MethodFacts {
        intervalMethods = List.copyOf(intervalMethods);
        calibration = calibration == null ? Calibration.NONE : calibration;
    }

    /** Facts without double review. */
    public MethodFacts(LocalDate asOf, String checklistId, int checklistVersion, String checklistSha256,
                       List<IntervalMethod> intervalMethods, double confidenceLevel, Kappa consistency) {
        this(asOf, checklistId, checklistVersion, checklistSha256, intervalMethods, confidenceLevel, consistency,
                Calibration.NONE);
    }

    /** Whether a finite-population correction was applied for at least one kommune. */
    public boolean populationCorrection() {
        return intervalMethods.contains(IntervalMethod.WILSON_FPC);
    }
}
