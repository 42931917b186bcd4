package dk.praksis.compare;

import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.Problem;
import dk.praksis.results.ItemInfo;
import dk.praksis.results.Tally;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Follows each checklist item from year to year. Consecutive years are linked by the mapping file
 * when it names the item, else by equal id. A link whose rule fingerprint differs is broken (the two
 * halves are not compared) unless the mapping declared it; a link whose wording alone differs is kept
 * with a note.
 */
final class ItemMatcher {

    private final List<AuditYear> years;
    private final ItemMapping mapping;

    ItemMatcher(List<AuditYear> years, ItemMapping mapping) {
        this.years = years;
        this.mapping = mapping;
    }

    List<ItemChain> match() {
        validateMapping();
        List<Builder> all = new ArrayList<>();
        List<Builder> open = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            Map<String, ItemInfo> items = itemsOf(y);
            Set<String> taken = new HashSet<>();
            Set<String> ruleChanged = new HashSet<>();
            List<Builder> stillOpen = new ArrayList<>();
            for (Builder b : open) {
                link(b, y, items, taken, ruleChanged).ifPresent(stillOpen::add);
            }
            for (ItemInfo item : items.values()) {
                if (!taken.contains(item.id())) {
                    Builder b = new Builder(years.get(y).label() + "/" + item.id());
                    b.add(years.get(y).label(), item);
                    if (ruleChanged.contains(item.id())) {
                        b.flags.add(ItemFlag.RULE_CHANGED);
                        b.notes.add("Reglen er ændret i forhold til " + years.get(y - 1).label()
                                + " (andet fingeraftryk); derfor ikke sammenlignet med tidligere år.");
                    }
                    all.add(b);
                    stillOpen.add(b);
                }
            }
            open = stillOpen;
        }
        return all.stream().map(this::finish).toList();
    }

    /** Extends the chain into year y, or closes it; returns the chain when it stays open. */
    private Optional<Builder> link(Builder b, int y, Map<String, ItemInfo> items, Set<String> taken,
                                   Set<String> ruleChanged) {
        String prevYear = years.get(y - 1).label();
        String year = years.get(y).label();
        if (!b.lastYear.equals(prevYear)) {
            return Optional.empty();
        }
        ItemInfo last = b.last;
        Optional<YearItem> declared = mapping.target(new YearItem(prevYear, last.id()));
        if (declared.isPresent()) {
            ItemInfo next = items.get(declared.get().itemId());
            b.flags.add(ItemFlag.MAPPED);
            b.notes.add("Sammenholdt efter mappingfilen: " + prevYear + "/" + last.id() + " svarer til "
                    + declared.get() + ".");
            taken.add(next.id());
            b.add(year, next);
            return Optional.of(b);
        }
        ItemInfo next = items.get(last.id());
        if (next == null || mapping.isTarget(new YearItem(year, next.id()))) {
            return Optional.empty();
        }
        if (!Objects.equals(next.fingerprint(), last.fingerprint())) {
            b.flags.add(ItemFlag.RULE_CHANGED);
            b.notes.add("Reglen er ændret i " + year + " (andet fingeraftryk); derfor ikke sammenlignet med "
                    + year + ". Angiv en mappingfil, hvis spørgsmålene alligevel svarer til hinanden.");
            ruleChanged.add(next.id()); // the year's item starts its own chain, flagged in match()
            return Optional.empty();
        }
        if (!Objects.equals(next.text(), last.text())) {
            b.flags.add(ItemFlag.WORDING_CHANGED);
            b.notes.add("Formuleringen er ændret i " + year + ", men reglen er den samme; sammenlignet.");
        }
        taken.add(next.id());
        b.add(year, next);
        return Optional.of(b);
    }

    private ItemChain finish(Builder b) {
        boolean counted = b.idsByYear.entrySet().stream().anyMatch(e -> isCounted(e.getKey(), e.getValue()));
        if (counted) {
            b.flags.add(ItemFlag.COUNTED);
            b.notes.add("Svarene tælles på en skala uden opfyldt/ikke opfyldt; der er ingen andel at sammenligne.");
        }
        if (b.idsByYear.size() == 1 && !b.flags.contains(ItemFlag.RULE_CHANGED)) {
            b.flags.add(ItemFlag.ONE_YEAR);
            b.notes.add("Kun med i " + b.lastYear + ".");
        }
        boolean compared = b.idsByYear.size() >= 2 && !counted;
        return new ItemChain(b.key, b.last.id(), b.last.text(), b.last.section(), b.idsByYear, compared,
                List.copyOf(b.flags), b.notes);
    }

    private boolean isCounted(String yearLabel, String id) {
        AuditYear year = years.stream().filter(y -> y.label().equals(yearLabel)).findFirst().orElseThrow();
        Tally.ItemTally t = year.results().aggregates().total().items().get(id);
        return t != null && !t.counted().isEmpty() && t.met() + t.notMet() == 0;
    }

    private Map<String, ItemInfo> itemsOf(int y) {
        Map<String, ItemInfo> byId = new LinkedHashMap<>();
        years.get(y).results().items().forEach(i -> byId.put(i.id(), i));
        return byId;
    }

    /** Every mapping entry must name an existing item in a year and one in the year after it. */
    private void validateMapping() {
        List<Problem> problems = new ArrayList<>();
        List<String> labels = years.stream().map(AuditYear::label).toList();
        for (ItemMapping.Entry e : mapping.entries()) {
            int from = labels.indexOf(e.from().year());
            int to = labels.indexOf(e.to().year());
            if (from < 0 || to < 0) {
                String missing = from < 0 ? e.from().year() : e.to().year();
                problems.add(new Problem(e.where(), null, "året " + missing + " er ikke blandt de sammenlignede ("
                        + String.join(", ", labels) + ")"));
            } else if (to != from + 1) {
                problems.add(new Problem(e.where(), null, e.from() + " skal svare til et spørgsmål i året lige efter "
                        + e.from().year() + (from + 1 < labels.size() ? " (" + labels.get(from + 1) + ")" : "")));
            } else if (!itemsOf(from).containsKey(e.from().itemId())) {
                problems.add(new Problem(e.where(), null, "spørgsmålet " + e.from().itemId() + " findes ikke i "
                        + e.from().year()));
            } else if (!itemsOf(to).containsKey(e.to().itemId())) {
                problems.add(new Problem(e.where(), null, "spørgsmålet " + e.to().itemId() + " findes ikke i "
                        + e.to().year()));
            } else if (mapping.entries().stream().filter(o -> o.to().equals(e.to())).count() > 1) {
                problems.add(new Problem(e.where(), null, e.to() + " er angivet som modstykke til flere spørgsmål"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static final class Builder {
        final String key;
        final Map<String, String> idsByYear = new LinkedHashMap<>();
        final EnumSet<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
        final List<String> notes = new ArrayList<>();
        ItemInfo last;
        String lastYear;

        Builder(String key) {
            this.key = key;
        }

        void add(String year, ItemInfo item) {
            idsByYear.put(year, item.id());
            last = item;
            lastYear = year;
        }
    }
}
