package dk.praksis.sample;

import dk.praksis.cases.tables.CellParsing;
import dk.praksis.cases.tables.CellValue;
import dk.praksis.text.DanishLetters;
import java.util.List;
import java.util.Optional;

/**
 * A part of each kommune's population with its own quota: the cases whose {@code field} lies in
 * [{@code from}, {@code to}) or equals one of {@code values}; with no field, every case.
 *
 * @param name   shown in the sample list, the letter and the record, e.g. "Over 18 måneder"
 * @param field  a column of the population list (compared without regard to case or Danish letters), or null
 * @param from   lower bound, inclusive, or null
 * @param to     upper bound, exclusive, or null
 * @param values accepted texts (compared folded), or empty
 * @param count  how many cases to draw from the stratum in each kommune
 */
public record Stratum(String name, String field, Double from, Double to, List<String> values, int count) {

    public Stratum {
        values = List.copyOf(values);
    }

    /** Every case of the kommune, {@code count} of them drawn. */
    public static Stratum all(int count) {
        return new Stratum("Alle sager", null, null, null, List.of(), count);
    }

    public boolean contains(PopulationCase c) {
        if (field == null) {
            return true;
        }
        Optional<CellValue> v = c.field(field);
        if (v.isEmpty()) {
            return false;
        }
        if (!values.isEmpty()) {
            String text = DanishLetters.fold(CellParsing.text(v.get()));
            return values.stream().anyMatch(x -> DanishLetters.fold(x.strip()).equals(text));
        }
        Optional<Double> n = CellParsing.number(v.get());
        return n.isPresent() && (from == null || n.get() >= from) && (to == null || n.get() < to);
    }
}
