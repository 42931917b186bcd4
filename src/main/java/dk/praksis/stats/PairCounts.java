package dk.praksis.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two raters' ratings of the same subjects as counts of each (first, second) pair, so agreement over any number
 * of subjects is computed from memory that grows with the categories, not with the subjects. Kappa and AC1
 * depend only on these counts. Mutable while it is being filled; not thread-safe.
 */
public final class PairCounts {

    /** One cell of the table: rater 1's and rater 2's rating; either may be null until it is used. */
    record Pair(Object first, Object second) {
    }

    private final Map<Pair, int[]> counts = new LinkedHashMap<>();
    private int pairs;

    /** The pairs (first.get(i), second.get(i)). */
    public static PairCounts of(List<?> first, List<?> second) {
        if (first.size() != second.size()) {
            throw new IllegalArgumentException(first.size() + " ratings against " + second.size());
        }
        PairCounts c = new PairCounts();
        for (int i = 0; i < first.size(); i++) {
            c.add(first.get(i), second.get(i));
        }
        return c;
    }

    public void add(Object first, Object second) {
        counts.computeIfAbsent(new Pair(first, second), p -> new int[1])[0]++;
        pairs++;
    }

    /** How many subjects were added. */
    public int pairs() {
        return pairs;
    }

    /** Each distinct pair with its count, in the order first seen; a null rating is an error here. */
    Map<Pair, Integer> cells() {
        Map<Pair, Integer> out = new LinkedHashMap<>();
        counts.forEach((p, n) -> {
            Objects.requireNonNull(p.first(), "rating");
            Objects.requireNonNull(p.second(), "rating");
            out.put(p, n[0]);
        });
        return out;
    }
}
