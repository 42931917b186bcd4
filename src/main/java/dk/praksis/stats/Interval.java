package dk.praksis.stats;

/**
 * A confidence interval on the proportion scale (0–1), or for a difference of proportions (−1–1).
 *
 * @param level the confidence level, e.g. 0.95
 */
public record Interval(double lower, double upper, IntervalMethod method, double level) {

    public Interval {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("lower " + lower + " > upper " + upper);
        }
        Levels.check(level);
    }

    /** Whether zero lies outside the interval: for a difference, the change is statistically clear. */
    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }

    public double width() {
        return upper - lower;
    }
}
