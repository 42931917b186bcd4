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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
        return reason(item, c, () -> caseTypeReason(item, c.caseType(), caseTypes), () -> conditionReason(item, words));
    }

    /** The one order of the reasons; the case-type and condition sentences come worded now or worded before. */
    private static Optional<String> reason(Item item, Case c, Supplier<String> caseType, Supplier<String> condition) {
        Why why = why(item, c);
        return switch (why) {
            case APPLIES -> Optional.empty();
            case CASE_TYPE -> Optional.of(caseType.get());
            case CONDITION -> Optional.of(condition.get());
            default -> Optional.of(versionReason(why, item, c));
        };
    }

    private static String versionReason(Why why, Item item, Case c) {
        return "Spørgsmålet gælder kun afgørelser truffet " + ItemDescriber.validity(item) + (why == Why.NO_DECISION_DATE
                ? ", og sagen har ingen afgørelsesdato." : ", og afgørelsen er fra " + DanishDate.numeric(c.decision().date())
                + ".");
    }

    /**
     * The reasons of one checklist's items, worded once: an item limited to other case types or by a condition
     * gives the same sentence for every case (of that type), and scoring asks for it of every case.
     */
    public static final class Worded {
        private final Checklist checklist;
        private final Map<Item, String> conditions = new IdentityHashMap<>();
        private final Map<Item, Map<String, String>> caseTypes = new IdentityHashMap<>();

        public Worded(Checklist checklist) {
            this.checklist = checklist;
            checklist.items().forEach(i -> {
                if (i.condition() != null) {
                    conditions.put(i, conditionReason(i, checklist.labels()));
                }
                if (!i.caseTypes().isEmpty()) {
                    Map<String, String> byType = new HashMap<>();
                    checklist.caseTypes().keySet().forEach(t -> byType.put(t, caseTypeReason(i, t, checklist.caseTypes())));
                    caseTypes.put(i, byType);
                }
            });
        }

        /** As {@link ItemApplicability#notApplicableReason(Item, Case, Checklist)}, the same words. */
        public Optional<String> notApplicableReason(Item item, Case c) {
            return reason(item, c,
                    () -> Optional.ofNullable(caseTypes.get(item)).map(m -> m.get(c.caseType()))
                            .orElseGet(() -> caseTypeReason(item, c.caseType(), checklist.caseTypes())),
                    () -> Optional.ofNullable(conditions.get(item))
                            .orElseGet(() -> conditionReason(item, checklist.labels())));
        }
    }

    /** Whether the item applies to the case, without wording why not (validation asks this of every item). */
    public static boolean applies(Item item, Case c) {
        return why(item, c) == Why.APPLIES;
    }

    /** Why an item does not apply, in the order the reasons are checked. */
    enum Why { APPLIES, CASE_TYPE, CONDITION, NO_DECISION_DATE, OTHER_VERSION }

    static Why why(Item item, Case c) {
        if (!item.caseTypes().isEmpty() && !item.caseTypes().contains(c.caseType())) {
            return Why.CASE_TYPE;
        }
        Condition cond = item.condition();
        if (cond != null && !holds(cond, c)) {
            return Why.CONDITION;
        }
        if (item.isVersioned()) {
            LocalDate decided = c.decision() == null ? null : c.decision().date();
            if (decided == null) {
                return Why.NO_DECISION_DATE;
            }
            if ((item.validFrom() != null && decided.isBefore(item.validFrom()))
                    || (item.validTo() != null && decided.isAfter(item.validTo()))) {
                return Why.OTHER_VERSION;
            }
        }
        return Why.APPLIES;
    }

    /** The reason for an item limited to other case types; the same for every case of {@code caseType}. */
    static String caseTypeReason(Item item, String caseType, Map<String, String> caseTypes) {
        List<String> applies = item.caseTypes().stream().map(t -> "»" + caseTypes.getOrDefault(t, t) + "«").toList();
        return "Spørgsmålet gælder kun " + (applies.size() == 1 ? "sagstypen " : "sagstyperne ")
                + DanishList.and(applies) + ", og sagen er af typen »" + caseTypes.getOrDefault(caseType, caseType) + "«.";
    }

    /** The reason for an item whose condition does not hold; the same for every case. */
    static String conditionReason(Item item, Labels words) {
        return "Spørgsmålet gælder kun, når " + ItemDescriber.condition(item.condition(), words) + ".";
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
