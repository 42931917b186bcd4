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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Tallies item outcomes over a set of cases. */
final class ItemCounter {

    private final Checklist checklist;
    private final double level;

    ItemCounter(Checklist checklist, double level) {
        this.checklist = checklist;
        this.level = level;
    }

    /** Item id to its figures over the cases, in checklist order. */
    Map<String, ItemStats> count(List<CaseResult> cases) {
        return count(cases, Map.of());
    }

    /**
     * As {@link #count(List)}, with every value of a reference distribution listed (with 0 when not
     * answered here), so a kommune's distribution lines up with all kommuners'.
     */
    Map<String, ItemStats> count(List<CaseResult> cases, Map<String, ItemStats> reference) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        checklist.items().forEach(i -> tallies.put(i.id(), new Tally()));
        for (CaseResult c : cases) {
            for (ItemResult r : c.items()) {
                Tally t = tallies.get(r.itemId());
                if (t != null) {
                    t.add(r);
                }
            }
        }
        Map<String, ItemStats> stats = new LinkedHashMap<>();
        checklist.items().forEach(i -> stats.put(i.id(), tallies.get(i.id()).stats(values(i, reference.get(i.id())))));
        return stats;
    }

    /**
     * A section (theme) counted per case, not per answer: a case meets the theme when every question of
     * it that was relevant in the case is met, fails it when at least one is not met, and has it not
     * relevant when none was. Cases with only counted answers in the section are left out. Answers from
     * one case are not independent, so only a share of cases can carry an interval; no distribution.
     */
    ItemStats theme(Section section, List<CaseResult> cases) {
        Set<String> ids = section.items().stream().map(Item::id).collect(Collectors.toSet());
        int met = 0;
        int notMet = 0;
        int notRelevant = 0;
        for (CaseResult c : cases) {
            Set<Outcome> outcomes = c.items().stream().filter(r -> ids.contains(r.itemId())).map(ItemResult::outcome)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Outcome.class)));
            if (outcomes.contains(Outcome.IKKE_OPFYLDT)) {
                notMet++;
            } else if (outcomes.contains(Outcome.OPFYLDT)) {
                met++;
            } else if (outcomes.contains(Outcome.IKKE_RELEVANT)) {
                notRelevant++;
            }
        }
        return new ItemStats(met, notMet, notRelevant, share(met, met + notMet), List.of());
    }

    /** Section id to its {@link #theme} figures over the cases, in checklist order. */
    Map<String, ItemStats> themes(List<CaseResult> cases) {
        Map<String, ItemStats> themes = new LinkedHashMap<>();
        checklist.sections().forEach(s -> themes.put(s.id(), theme(s, cases)));
        return themes;
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

    private Share share(int count, int total) {
        return Share.of(count, total, level, dk.praksis.stats.Sampling.UNKNOWN);
    }

    /** Mutable only while one count runs. */
    private final class Tally {
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

        ItemStats stats(List<String> scaleValues) {
            List<ValueCount> distribution = new ArrayList<>();
            if (scaleValues != null || !values.isEmpty()) {
                int answered = values.values().stream().mapToInt(Integer::intValue).sum();
                List<String> order = new ArrayList<>(scaleValues == null ? List.of() : scaleValues);
                values.keySet().stream().filter(v -> !order.contains(v)).forEach(order::add);
                order.forEach(v -> distribution.add(new ValueCount(v, share(values.getOrDefault(v, 0), answered))));
            }
            return new ItemStats(met, notMet, notRelevant, share(met, met + notMet), distribution);
        }
    }
}
