package dk.praksis.checklist;

import java.util.List;
import java.util.stream.Stream;

/**
 * An applicability condition: a test of one case field, e.g. {@code {felt: felter.alder, under: 40}},
 * or a combination of conditions ({@code alle: [...]}, {@code en_af: [...]}).
 *
 * @param field  a case field path (see {@code dk.praksis.cases.Case#field}); null for ALLE / EN_AF
 * @param op     how the field is tested, or how the parts combine
 * @param values the operand(s); empty for FINDES / MANGLER / ALLE / EN_AF
 * @param parts  the combined conditions for ALLE / EN_AF, else empty
 */
public record Condition(String field, Op op, List<String> values, List<Condition> parts) {

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
        FRA,
        /** every part holds */
        ALLE,
        /** at least one part holds */
        EN_AF
    }

    public Condition {
        values = List.copyOf(values);
        parts = List.copyOf(parts);
    }

    /** A test of one field. */
    public Condition(String field, Op op, List<String> values) {
        this(field, op, values, List.of());
    }

    /** ALLE or EN_AF over the parts. */
    public static Condition combined(Op op, List<Condition> parts) {
        return new Condition(null, op, List.of(), parts);
    }

    public boolean isCombined() {
        return op == Op.ALLE || op == Op.EN_AF;
    }

    /** The field tests inside, however deeply combined. */
    public Stream<Condition> leaves() {
        return isCombined() ? parts.stream().flatMap(Condition::leaves) : Stream.of(this);
    }
}
