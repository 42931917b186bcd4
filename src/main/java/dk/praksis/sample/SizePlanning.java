package dk.praksis.sample;

import dk.praksis.cases.Kommune;
import dk.praksis.stats.SampleSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How many cases to call in: per kommune with a known number of decisions (finite-population correction),
 * and for a kommune of unknown, large size. The arithmetic is {@link SampleSize}'s, with the reports' interval.
 *
 * @param expectedShare the share one expects to find, e.g. 0.05 for 5 % errors
 * @param halfWidth     the wanted half-width of the 95 % interval, e.g. 0.05 for ±5 percentage points
 * @param level         the confidence level, e.g. 0.95
 * @param unlimited     n for a kommune whose number of decisions is unknown or large
 * @param kommuner      one row per kommune with a known population, in the order given
 */
public record SizePlanning(double expectedShare, double halfWidth, double level, int unlimited, List<Row> kommuner) {

    /** One kommune: its number of decisions in the period and the cases needed from them. */
    public record Row(Kommune kommune, int population, int needed) {
    }

    public SizePlanning {
        kommuner = List.copyOf(kommuner);
    }

    /**
     * @param populations kommune to its number of decisions, in the order to show them
     * @throws IllegalArgumentException when the half-width cannot be reached (the CLI checks the ranges first)
     */
    public static SizePlanning of(double expectedShare, double halfWidth, double level, Map<Kommune, Integer> populations) {
        int unlimited = SampleSize.needed(expectedShare, halfWidth, level, OptionalInt.empty());
        List<Row> rows = new ArrayList<>();
        populations.forEach((k, n) -> rows.add(new Row(k, n, SampleSize.needed(expectedShare, halfWidth, level,
                OptionalInt.of(n)))));
        return new SizePlanning(expectedShare, halfWidth, level, unlimited, rows);
    }

    /** The cases needed from all the listed kommuner together. */
    public int total() {
        return kommuner.stream().mapToInt(Row::needed).sum();
    }
}
