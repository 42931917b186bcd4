package dk.praksis.report;

/**
 * Computes the confidence interval of a share. The report does no interval maths of its own:
 * the implementation comes from {@code dk.praksis.stats}.
 */
public interface IntervalEstimator {

    /**
     * @param population the number of units the sample was drawn from, or null when unknown
     *                   (then no finite-population correction)
     */
    Interval interval(int successes, int trials, Integer population);

    /** The confidence level, e.g. 0.95. */
    double confidenceLevel();

    /** The method's Danish name for the Metode appendix, e.g. "Wilsons scoreinterval". */
    String methodName();
}
