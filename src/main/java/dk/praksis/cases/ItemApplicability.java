package dk.praksis.cases;

import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Condition;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemDescriber;
import dk.praksis.checklist.Labels;
import dk.praksis.text.DanishDate;
import dk.praksis.text.DanishList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an item applies to a case: by case type, then by its condition. Shared by validation
 * (a reviewer answer is required only where the item applies) and scoring ("ikke relevant").
 */
public final class ItemApplicability {

    private ItemApplicability() {
    }

    /** Empty when the item applies; otherwise the Danish reason it does not, naming case types by their ids. */
    public static Optional<String> notApplicableReason(Item item, Case c) {
        return notApplicableReason(item, c, Map.of(), Labels.NONE);
    }

    /** As above, in the checklist's own words: its case types' names and its {@code betegnelser}. */
    public static Optional<String> notApplicableReason(Item item, Case c, Checklist checklist) {
        return notApplicableReason(item, c, checklist.caseTypes(), checklist.labels());
    }

    private static Optional<String> notApplicableReason(Item item, Case c, Map<String, String> caseTypes,
                                                        Labels words) {
        if (!item.caseTypes().isEmpty() && !item.caseTypes().contains(c.caseType())) {
            List<String> applies = item.caseTypes().stream().map(t -> "»" + caseTypes.getOrDefault(t, t) + "«")
                    .toList();
            return Optional.of("Spørgsmålet gælder kun " + (applies.size() == 1 ? "sagstypen " : "sagstyperne ")
                    + DanishList.and(applies) + ", og sagen er af typen »"
                    + caseTypes.getOrDefault(c.caseType(), c.caseType()) + "«.");
        }
        Condition cond = item.condition();
        if (cond != null && !holds(cond, c)) {
            return Optional.of("Spørgsmålet gælder kun, når " + ItemDescriber.condition(cond, words) + ".");
        }
        if (item.isVersioned()) {
            LocalDate decided = c.decision() == null ? null : c.decision().date();
            if (decided == null) {
                return Optional.of("Spørgsmålet gælder kun afgørelser truffet " + ItemDescriber.validity(item)
                        + ", og sagen har ingen afgørelsesdato.");
            }
            if ((item.validFrom() != null && decided.isBefore(item.validFrom()))
                    || (item.validTo() != null && decided.isAfter(item.validTo()))) {
                return Optional.of("Spørgsmålet gælder kun afgørelser truffet " + ItemDescriber.validity(item)
                        + ", og afgørelsen er fra " + DanishDate.numeric(decided) + ".");
            }
        }
        return Optional.empty();
    }

    /** Evaluates a condition against the case's field. */
    public static boolean holds(Condition cond, Case c) {
        if (cond.op() == Condition.Op.ALLE) {
            return cond.parts().stream().allMatch(p -> holds(p, c));
        }
        if (cond.op() == Condition.Op.EN_AF) {
            return cond.parts().stream().anyMatch(p -> holds(p, c));
        }
        Optional<Object> value = c.field(cond.field());
        switch (cond.op()) {
            case FINDES:
                return value.isPresent() && !value.get().toString().isBlank();
            case MANGLER:
                return value.isEmpty() || value.get().toString().isBlank();
            case ER:
                return value.isPresent() && cond.values().stream().anyMatch(v -> same(value.get(), v));
            case ER_IKKE:
                return value.isEmpty() || cond.values().stream().noneMatch(v -> same(value.get(), v));
            case UNDER:
                return number(value).map(n -> n.compareTo(new BigDecimal(cond.values().get(0))) < 0).orElse(false);
            case MINDST:
                return number(value).map(n -> n.compareTo(new BigDecimal(cond.values().get(0))) >= 0).orElse(false);
            case FOER:
                return date(value).map(d -> d.isBefore(LocalDate.parse(cond.values().get(0)))).orElse(false);
            case FRA:
                return date(value).map(d -> !d.isBefore(LocalDate.parse(cond.values().get(0)))).orElse(false);
            default:
                throw new IllegalStateException(cond.op().name());
        }
    }

    private static boolean same(Object value, String expected) {
        if (value instanceof Boolean b) {
            String e = expected.strip().toLowerCase(Locale.ROOT);
            return b == (e.equals("ja") || e.equals("true"));
        }
        return value.toString().strip().equalsIgnoreCase(expected.strip());
    }

    private static Optional<BigDecimal> number(Optional<Object> value) {
        try {
            return value.map(v -> new BigDecimal(v.toString().strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(Optional<Object> value) {
        return value.flatMap(v -> v instanceof LocalDate d ? Optional.of(d) : DanishDates.parse(v.toString()));
    }
}
