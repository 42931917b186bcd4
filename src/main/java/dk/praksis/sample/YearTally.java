package dk.praksis.sample;

import dk.praksis.cases.Kommune;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Counts, after a draw, which caseworkers the year's draws have looked at and who is still missing. */
final class YearTally {

    private YearTally() {
    }

    static YearCoverage of(Population population, SamplePlan plan, EarlierDraws earlier, List<DrawCell> cells) {
        SamplePlan everyone = plan.withCaseworker(null);
        Map<Kommune, Map<String, List<String>>> thisDraw = new LinkedHashMap<>();
        for (DrawCell c : cells) {
            Map<String, List<String>> m = thisDraw.computeIfAbsent(c.kommune(), k -> new TreeMap<>());
            c.drawn().forEach(p -> plan.caseworkerOf(p)
                    .ifPresent(w -> m.computeIfAbsent(w, x -> new ArrayList<>()).add(p.reference())));
        }
        Map<Kommune, YearCoverage.KommuneCoverage> out = new LinkedHashMap<>();
        thisDraw.forEach((kommune, drawn) -> {
            Map<String, Integer> seen = new HashMap<>(earlier.seenIn(kommune.kode()));
            drawn.forEach((w, refs) -> seen.merge(w, refs.size(), Integer::sum));
            TreeSet<String> notSeen = new TreeSet<>();
            population.cases().stream().filter(c -> c.kommune().equals(kommune) && everyone.admits(c))
                    .forEach(c -> plan.caseworkerOf(c).filter(w -> !seen.containsKey(w)).ifPresent(notSeen::add));
            out.put(kommune, new YearCoverage.KommuneCoverage(drawn, seen, new ArrayList<>(notSeen)));
        });
        boolean redraw = plan.caseworker() != null;
        int perYear = plan.coverage() == null ? 0 : plan.coverage().drawsPerYear();
        int number = redraw ? 0 : earlier.regularDraws() + 1;
        int remaining = Math.max(0, perYear - earlier.regularDraws() - (redraw ? 0 : 1));
        return new YearCoverage(number, remaining, out);
    }
}
