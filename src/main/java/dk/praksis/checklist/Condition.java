package dk.praksis.checklist;

import java.util.List;

/**
 * A simple applicability condition on one case field, e.g. {@code {felt: felter.alder, er: "under 40"}}.
 *
 * @param field  a case field path (see {@code dk.praksis.cases.Case#field})
 * @param op     how the field is tested
 * @param values the operand(s); empty for FINDES / MANGLER
 */
public record Condition(String field, Op op, List<String> values) {

    public enum Op {
        /** field equals one of the values (case-insensitive) */
        ER,
        /** field equals none of the values */
        ER_IKKE,
        /** field has a value */
        FINDES,
        /** field has no value */
        MANGLER,
        /** numeric field is below the value */
        UNDER,
        /** numeric field is at least the value */
        MINDST,
        /** date field is before the date value */
        FOER,
        /** date field is on or after the date value */
        FRA
    }

    public Condition {
        values = List.copyOf(values);
    }
}
