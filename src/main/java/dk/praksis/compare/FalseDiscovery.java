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
            double[] p = units.stream().flatMap(u -> tests(u, f)).mapToDouble(Tested::p).toArray();
            adjusted.put(f, Arrays.stream(BenjaminiHochberg.adjust(p)).iterator());
        }
        List<UnitComparison> out = units.stream().map(u -> new UnitComparison(u.kommune(), u.name(), u.years(),
                series(u.verdicts(), Family.of(u, true), adjusted), series(u.items(), Family.of(u, false), adjusted)))
                .toList();
        List<FamilyCount> families = new ArrayList<>();
        for (Family f : Family.values()) {
            List<Tested> tests = out.stream().flatMap(u -> tests(u, f)).toList();
            if (!tests.isEmpty()) {
                families.add(count(f, f.title(), tests, level));
            }
        }
        FamilyCount all = count(null, null, out.stream().flatMap(u -> Stream.of(Family.values())
                .flatMap(f -> tests(u, f))).toList(), level);
        MultipleComparisons summary = new MultipleComparisons(all.comparisons(), all.clear(), all.expectedByChance(),
                METHOD, RATE, all.holding(), families);
        return new Adjusted(out.get(0), out.subList(1, out.size()), summary);
    }

    /** One test of a run, a change or a trend, as the accounting sees it. */
    private record Tested(double p, boolean clear, boolean holds) {
    }

    private static FamilyCount count(Family f, String title, List<Tested> tests, double level) {
        return new FamilyCount(f, title, tests.size(), (int) tests.stream().filter(Tested::clear).count(),
                tests.size() * (1 - level), (int) tests.stream().filter(Tested::holds).count());
    }

    /** Adjusts each measure's changes, then its trend, in the order {@link #tests} lists their p-values. */
    private static List<MeasureSeries> series(List<MeasureSeries> measures, Family f,
            Map<Family, PrimitiveIterator.OfDouble> adjusted) {
        PrimitiveIterator.OfDouble next = adjusted.get(f);
        List<MeasureSeries> out = new ArrayList<>();
        for (MeasureSeries m : measures) {
            List<Change> changes = m.changes().stream().map(c -> c.adjusted(f, next.nextDouble())).toList();
            Trend trend = m.trend() == null ? null : m.trend().adjusted(f, next.nextDouble());
            out.add(new MeasureSeries(m.key(), m.label(), m.shares(), changes, trend));
        }
        return out;
    }

    /** The unit's tests in family f: every measure's changes, then its trend (trend tests count too). */
    private static Stream<Tested> tests(UnitComparison u, Family f) {
        List<MeasureSeries> measures = Family.of(u, true) == f ? u.verdicts()
                : Family.of(u, false) == f ? u.items() : List.of();
        return measures.stream().flatMap(m -> Stream.concat(
                m.changes().stream().map(c -> new Tested(c.fisherP(), c.clear(), c.holdsAfterCorrection())),
                m.trend() == null ? Stream.empty()
                        : Stream.of(new Tested(m.trend().p(), m.trend().clear(), m.trend().holdsAfterCorrection()))));
    }
}
