package dk.praksis.report;

/**
 * A recognisable stand-in for the statistics package: the bounds encode their inputs, so a test can tell
 * which count, denominator and population each share was computed from.
 */
final class FakeEstimator implements IntervalEstimator {

    @Override
    public Interval interval(int successes, int trials, Integer population) {
        return new Interval((double) successes / (trials + 1), population == null ? 1.0 : 1.0 - 1.0 / population);
    }

    @Override
    public double confidenceLevel() {
        return 0.95;
    }

    @Override
    public String methodName() {
        return "Testinterval";
    }
}
