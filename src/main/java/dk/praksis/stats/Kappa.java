package dk.praksis.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cohen's kappa for the agreement of two raters on nominal categories, e.g. the reviewer's verdict
 * against the verdict derived from the checklist: κ = (p_o − p_e) / (1 − p_e), where p_o is the
 * observed share of agreement and p_e = Σ_c (share of c by rater 1) · (share of c by rater 2).
 *
 * @param pairs    number of items rated by both
 * @param observed p_o
 * @param expected p_e, the agreement expected by chance
 * @param kappa    1 is perfect agreement, 0 no better than chance
 */
public record Kappa(int pairs, double observed, double expected, double kappa) {

    /**
     * Kappa over pairs (first.get(i), second.get(i)); empty when there are no pairs or chance
     * agreement is already complete (both raters used one and the same category throughout).
     */
    public static <T> Optional<Kappa> cohen(List<T> first, List<T> second) {
        return cohen(PairCounts.of(first, second));
    }

    /** Kappa over the counted pairs; empty as {@link #cohen(List, List)}. */
    public static Optional<Kappa> cohen(PairCounts pairCounts) {
        int n = pairCounts.pairs();
        if (n == 0) {
            return Optional.empty();
        }
        Map<Object, Integer> firstCounts = new HashMap<>();
        Map<Object, Integer> secondCounts = new HashMap<>();
        int agreements = 0;
        for (Map.Entry<PairCounts.Pair, Integer> cell : pairCounts.cells().entrySet()) {
            Object a = cell.getKey().first();
            Object b = cell.getKey().second();
            firstCounts.merge(a, cell.getValue(), Integer::sum);
            secondCounts.merge(b, cell.getValue(), Integer::sum);
            agreements += a.equals(b) ? cell.getValue() : 0;
        }
        // Summed in integers so the result does not depend on the map's iteration order.
        long chancePairs = 0;
        for (Map.Entry<Object, Integer> e : firstCounts.entrySet()) {
            chancePairs += (long) e.getValue() * secondCounts.getOrDefault(e.getKey(), 0);
        }
        double expected = (double) chancePairs / ((double) n * n);
        double observed = (double) agreements / n;
        if (expected >= 1.0) {
            return Optional.empty();
        }
        return Optional.of(new Kappa(n, observed, expected, (observed - expected) / (1 - expected)));
    }
}
