package dk.praksis.sample;

import dk.praksis.cases.Kommune;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished draw: the seed and population it came from, the plan, and one cell per kommune and stratum,
 * kommuner by kommunekode and strata in the plan's order.
 *
 * @param coverage the caseworkers the year has looked at after this draw; null when the plan has no dækning and
 *                 is no re-draw for a caseworker
 */
public record Draw(long seed, Population population, SamplePlan plan, EarlierDraws earlier, List<DrawCell> cells,
                   YearCoverage coverage) {

    public Draw {
        cells = List.copyOf(cells);
    }

    /** The cells of each kommune, in kommunekode order. */
    public Map<Kommune, List<DrawCell>> byKommune() {
        Map<Kommune, List<DrawCell>> out = new LinkedHashMap<>();
        cells.forEach(c -> out.computeIfAbsent(c.kommune(), k -> new ArrayList<>()).add(c));
        return out;
    }

    public int drawnTotal() {
        return cells.stream().mapToInt(c -> c.drawn().size()).sum();
    }

    public int shortfallTotal() {
        return cells.stream().mapToInt(DrawCell::shortfall).sum();
    }
}
