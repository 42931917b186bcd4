package dk.praksis.compare;

import dk.praksis.stats.BenjaminiHochberg;
import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.stream.Stream;

/**
 * Adjusts every Fisher p-value of one comparison run together (Benjamini–Hochberg), because a run makes
 * hundreds of comparisons and at the 95 % level about one in twenty would be marked by chance alone.
 */
final class FalseDiscovery {

    /** The false discovery rate a change must stay under to hold after the correction. */
    static final double RATE = 0.05;
    static final String METHOD = "Benjamini–Hochberg";

    record Adjusted(UnitComparison total, List<UnitComparison> kommuner, MultipleComparisons summary) {
    }

    private FalseDiscovery() {
    }

    /** The units with adjusted changes, in the same order; the family is all units, all measures, all changes. */
    static Adjusted apply(UnitComparison total, List<UnitComparison> kommuner, double level) {
        List<UnitComparison> units = new ArrayList<>();
        units.add(total);
        units.addAll(kommuner);
        double[] p = units.stream().flatMap(FalseDiscovery::changes).mapToDouble(Change::fisherP).toArray();
        PrimitiveIterator.OfDouble adjusted = java.util.Arrays.stream(BenjaminiHochberg.adjust(p)).iterator();
        List<UnitComparison> out = units.stream().map(u -> new UnitComparison(u.kommune(), u.name(), u.years(),
                series(u.verdicts(), adjusted), series(u.items(), adjusted))).toList();
        List<Change> all = out.stream().flatMap(FalseDiscovery::changes).toList();
        MultipleComparisons summary = new MultipleComparisons(all.size(),
                (int) all.stream().filter(Change::clear).count(), all.size() * (1 - level), METHOD, RATE,
                (int) all.stream().filter(Change::holdsAfterCorrection).count());
        return new Adjusted(out.get(0), out.subList(1, out.size()), summary);
    }

    private static List<MeasureSeries> series(List<MeasureSeries> measures, PrimitiveIterator.OfDouble adjusted) {
        return measures.stream().map(m -> new MeasureSeries(m.key(), m.label(), m.shares(),
                m.changes().stream().map(c -> c.adjusted(adjusted.nextDouble())).toList(), m.trend())).toList();
    }

    private static Stream<Change> changes(UnitComparison u) {
        return Stream.concat(u.verdicts().stream(), u.items().stream()).flatMap(m -> m.changes().stream());
    }
}
