package dk.praksis.report.pdf;

import dk.praksis.report.Interval;
import dk.praksis.report.IntervalEstimator;

/**
 * A recognisable stand-in for the statistics package (the renderers only show intervals): the bounds are
 * (k / (n + 2), (k + 2) / (n + 2)), so a test can predict each printed interval from the counts.
 */
final class TestEstimator implements IntervalEstimator {

    @Override
    public Interval interval(int successes, int trials, Integer population) {
        return new Interval((double) successes / (trials + 2), (successes + 2.0) / (trials + 2));
    }

    @Override
    public double confidenceLevel() {
        return 0.95;
    }

    @Override
    public String methodName() {
        return "Wilsons scoreinterval";
    }
}
