package dk.praksis.report;

import dk.praksis.stats.Share;
import java.util.List;

/**
 * Outcome counts of one item (or of a whole section) over a set of cases.
 *
 * @param shareMet     met / (met + not met)
 * @param distribution for an item on a counted scale: one entry per scale value, in scale order; else empty
 */
public record ItemStats(int met, int notMet, int notRelevant, Share shareMet, List<ValueCount> distribution) {

    public ItemStats {
        distribution = List.copyOf(distribution);
    }

    /** Cases where the item was judged (met or not met). */
    public int relevant() {
        return met + notMet;
    }
}
