package dk.praksis.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini–Hochberg adjusted p-values, which control the false discovery rate over a family of tests
 * (Benjamini &amp; Hochberg 1995, J. R. Statist. Soc. B 57:289–300). Apache Commons Statistics has no
 * multiple-testing corrections, and the procedure is a rank rule rather than a distribution, so it is
 * implemented here.
 *
 * <p>With the m p-values sorted ascending, p₍ᵢ₎ is adjusted to min over j ≥ i of (m / j) · p₍ⱼ₎, capped at 1;
 * this is R's {@code p.adjust(p, "BH")}. A test is rejected at false discovery rate q when its adjusted
 * p-value is at most q.
 */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {
    }

    /** The adjusted p-values, in the order of the input; ties keep their input order (the result is the same). */
    public static double[] adjust(double[] p) {
        int m = p.length;
        for (double v : p) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("p-value outside [0, 1]: " + v);
            }
        }
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[m];
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            adjusted[i] = running;
        }
        return adjusted;
    }
}
