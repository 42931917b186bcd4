package dk.praksis.compare;

import dk.praksis.stats.BenjaminiHochberg;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.stream.Stream;

/**
 * Adjusts the Fisher p-values of one comparison run (Benjamini–Hochberg) within each {@link Family}, because
 * a run makes hundreds of comparisons and at the 95 % level about one in twenty would be marked by chance
 * alone; the primary question (the verdicts for all kommuner) is kept apart from the exploratory ones.
 */
final class FalseDiscovery {

    /** The false discovery rate a change must stay under to hold after the correction. */
    static final double RATE = 0.05;
    static final String METHOD = "Benjamini–Hochberg";

    record Adjusted(UnitComparison total, List<UnitComparison> kommuner, MultipleComparisons summary) {
    }

    private FalseDiscovery() {
    }

    /** The units with adjusted changes, in the same order. */
    static Adjusted apply(UnitComparison total, List<UnitComparison> kommuner, double level) {
        List<UnitComparison> units = new ArrayList<>();
        units.add(total);
        units.addAll(kommuner);
        Map<Family, PrimitiveIterator.OfDouble> adjusted = new EnumMap<>(Family.class);
        for (Family f : Family.values()) {
            double[] p = units.stream().flatMap(u -> changes(u, f)).mapToDouble(Change::fisherP).toArray();
            adjusted.put(f, Arrays.stream(BenjaminiHochberg.adjust(p)).iterator());
        }
        List<UnitComparison> out = units.stream().map(u -> new UnitComparison(u.kommune(), u.name(), u.years(),
                series(u.verdicts(), Family.of(u, true), adjusted), series(u.items(), Family.of(u, false), adjusted)))
                .toList();
        List<FamilyCount> families = new ArrayList<>();
        for (Family f : Family.values()) {
            List<Change> changes = out.stream().flatMap(u -> changes(u, f)).toList();
            if (!changes.isEmpty()) {
                families.add(count(f, f.title(), changes, level));
            }
        }
        FamilyCount all = count(null, null, out.stream().flatMap(FalseDiscovery::changes).toList(), level);
        MultipleComparisons summary = new MultipleComparisons(all.comparisons(), all.clear(), all.expectedByChance(),
                METHOD, RATE, all.holding(), families);
        return new Adjusted(out.get(0), out.subList(1, out.size()), summary);
    }

    private static FamilyCount count(Family f, String title, List<Change> changes, double level) {
        return new FamilyCount(f, title, changes.size(), (int) changes.stream().filter(Change::clear).count(),
                changes.size() * (1 - level), (int) changes.stream().filter(Change::holdsAfterCorrection).count());
    }

    private static List<MeasureSeries> series(List<MeasureSeries> measures, Family f,
            Map<Family, PrimitiveIterator.OfDouble> adjusted) {
        return measures.stream().map(m -> new MeasureSeries(m.key(), m.label(), m.shares(),
                m.changes().stream().map(c -> c.adjusted(f, adjusted.get(f).nextDouble())).toList(), m.trend()))
                .toList();
    }

    private static Stream<Change> changes(UnitComparison u, Family f) {
        List<MeasureSeries> measures = Family.of(u, true) == f ? u.verdicts()
                : Family.of(u, false) == f ? u.items() : List.of();
        return measures.stream().flatMap(m -> m.changes().stream());
    }

    private static Stream<Change> changes(UnitComparison u) {
        return Stream.concat(u.verdicts().stream(), u.items().stream()).flatMap(m -> m.changes().stream());
    }
}
