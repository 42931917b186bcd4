package dk.praksis.report;

import dk.praksis.checklist.AnswerScale;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.checklist.Section;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.ItemResult;
import dk.praksis.scoring.Outcome;
import dk.praksis.stats.Share;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tallies item outcomes and themes over one unit's cases (the audit or a kommune), one case at a time: what it
 * keeps grows with the items and answer values, not with the cases. Mutable while it is being filled.
 */
final class ItemCounter {

    private final Checklist checklist;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    /** Item id to the number of its section in the checklist. */
    private final Map<String, Integer> sectionOf;
    /** Per section: cases that met it, failed it, had it not relevant. */
    private final int[][] themes;

    ItemCounter(Checklist checklist) {
        this.checklist = checklist;
        checklist.items().forEach(i -> tallies.put(i.id(), new Tally()));
        this.sectionOf = new HashMap<>();
        List<Section> sections = checklist.sections();
        for (int s = 0; s < sections.size(); s++) {
            for (Item i : sections.get(s).items()) {
                sectionOf.put(i.id(), s);
            }
        }
        this.themes = new int[sections.size()][3];
    }

    /**
     * Counts the case's answers, and each section (theme) per case, not per answer: a case meets the theme when
     * every question of it that was relevant in the case is met, fails it when at least one is not met, and has it
     * not relevant when none was. Cases with only counted answers in the section are left out. Answers from one
     * case are not independent, so only a share of cases can carry an interval; no distribution.
     */
    void add(CaseResult c) {
        int[] seen = new int[themes.length]; // per section: a bit for each outcome found
        for (ItemResult r : c.items()) {
            Tally t = tallies.get(r.itemId());
            if (t != null) {
                t.add(r);
            }
            Integer s = sectionOf.get(r.itemId());
            if (s != null) {
                seen[s] |= 1 << r.outcome().ordinal();
            }
        }
        for (int s = 0; s < themes.length; s++) {
            if (has(seen[s], Outcome.IKKE_OPFYLDT)) {
                themes[s][1]++;
            } else if (has(seen[s], Outcome.OPFYLDT)) {
                themes[s][0]++;
            } else if (has(seen[s], Outcome.IKKE_RELEVANT)) {
                themes[s][2]++;
            }
        }
    }

    private static boolean has(int bits, Outcome o) {
        return (bits & (1 << o.ordinal())) != 0;
    }

    /**
     * Item id to its figures, in checklist order, with every value of a reference distribution listed (with 0 when
     * not answered here), so a kommune's distribution lines up with all kommuners'.
     */
    Map<String, ItemStats> stats(Map<String, ItemStats> reference, double level) {
        Map<String, ItemStats> stats = new LinkedHashMap<>();
        checklist.items().forEach(i -> stats.put(i.id(),
                tallies.get(i.id()).stats(values(i, reference.get(i.id())), level)));
        return stats;
    }

    /** Section id to its theme figures, in checklist order. */
    Map<String, ItemStats> themes(double level) {
        Map<String, ItemStats> out = new LinkedHashMap<>();
        List<Section> sections = checklist.sections();
        for (int s = 0; s < sections.size(); s++) {
            int[] t = themes[s];
            out.put(sections.get(s).id(), new ItemStats(t[0], t[1], t[2], share(t[0], t[0] + t[1], level), List.of()));
        }
        return out;
    }

    /** The values to list for the item: the reference's, else its counted scale's; null when not counted. */
    private List<String> values(Item item, ItemStats reference) {
        if (reference != null && !reference.distribution().isEmpty()) {
            return reference.distribution().stream().map(ValueCount::value).toList();
        }
        if (item.spec() instanceof ItemSpec.Assessment a) {
            AnswerScale scale = checklist.scales().get(a.scale());
            if (scale != null && scale.counted()) {
                return scale.values();
            }
        }
        return null;
    }

    private static Share share(int count, int total, double level) {
        return Share.of(count, total, level, dk.praksis.stats.Sampling.UNKNOWN);
    }

    /** One item's counts. */
    private static final class Tally {
        private int met;
        private int notMet;
        private int notRelevant;
        private final Map<String, Integer> values = new TreeMap<>();

        void add(ItemResult r) {
            switch (r.outcome()) {
                case OPFYLDT -> met++;
                case IKKE_OPFYLDT -> notMet++;
                case IKKE_RELEVANT -> notRelevant++;
                case OPTALT -> {
                    if (r.value() != null) {
                        values.merge(r.value(), 1, Integer::sum);
                    }
                }
            }
        }

        ItemStats stats(List<String> scaleValues, double level) {
            List<ValueCount> distribution = new ArrayList<>();
            if (scaleValues != null || !values.isEmpty()) {
                int answered = values.values().stream().mapToInt(Integer::intValue).sum();
                List<String> order = new ArrayList<>(scaleValues == null ? List.of() : scaleValues);
                values.keySet().stream().filter(v -> !order.contains(v)).forEach(order::add);
                order.forEach(v -> distribution.add(new ValueCount(v, share(values.getOrDefault(v, 0), answered,
                        level))));
            }
            return new ItemStats(met, notMet, notRelevant, share(met, met + notMet, level), distribution);
        }
    }
}
