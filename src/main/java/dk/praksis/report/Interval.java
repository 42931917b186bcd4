package dk.praksis.report;

/** A confidence interval for a share, both bounds between 0 and 1. */
public record Interval(double lower, double upper) {

    public Interval {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("lower bound above upper bound");
        }
    }
}
