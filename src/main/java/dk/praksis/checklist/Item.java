package dk.praksis.checklist;

import java.time.LocalDate;
import java.util.List;

/**
 * One question of the checklist.
 *
 * @param caseTypes    the case types it applies to (already narrowed by its section); empty = all
 * @param condition    an extra applicability condition, or null
 * @param consequence  the consequence id a failure carries ({@code ved_ikke_opfyldt}), or null
 * @param rule         its legal source ({@code regel}), or null
 * @param line         the line in the checklist file where it starts, for messages
 * @param horizon      up to which date it is judged ({@code horisont}); null: its type's default
 * @param validFrom    it applies only to decisions made on or after this day ({@code gælder_fra}), or null
 * @param validTo      it applies only to decisions made on or before this day ({@code gælder_til}), or null
 */
public record Item(String id, String text, ItemType type, List<String> caseTypes, Condition condition,
                   String consequence, String rule, String note, ItemSpec spec, int line, Horizon horizon,
                   LocalDate validFrom, LocalDate validTo) {

    public Item {
        caseTypes = List.copyOf(caseTypes);
        horizon = horizon == null ? Horizon.defaultFor(type) : horizon;
    }

    /** An item for every decision date, judged up to the as-of date, as every item was before horizons. */
    public Item(String id, String text, ItemType type, List<String> caseTypes, Condition condition,
                String consequence, String rule, String note, ItemSpec spec, int line) {
        this(id, text, type, caseTypes, condition, consequence, rule, note, spec, line, Horizon.OPGOERELSESDATO,
                null, null);
    }

    /** True when the item is one version of a rule, valid for decisions in a date range. */
    public boolean isVersioned() {
        return validFrom != null || validTo != null;
    }
}
