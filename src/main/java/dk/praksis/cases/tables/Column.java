package dk.praksis.cases.tables;

import java.util.List;

/**
 * One column of a case table, as the template shows it and the readers recognise it.
 *
 * @param header  the header text, also the CSV column name
 * @param role    what the column holds
 * @param name    the date, field, item, flag or element name for roles that carry one, else null
 * @param choices values offered in a drop-down; empty for none
 * @param strict  true when only the choices are allowed (the drop-down refuses others)
 * @param comment the header comment: what to write (Danish)
 * @param width   column width in characters
 */
public record Column(String header, Role role, String name, List<String> choices, boolean strict, String comment,
                     int width) {

    /** What a column holds; the kind says how its cells are typed. */
    public enum Role {
        ID(Kind.TEXT), KOMMUNE(Kind.TEXT), SAGSTYPE(Kind.TEXT), AFGOERELSE_DATO(Kind.DATE),
        AFGOERELSE_FORELIGGER(Kind.YES_NO), AFGOERELSE_FULDT_MEDHOLD(Kind.YES_NO), DATO(Kind.DATE), FELT(Kind.TEXT), LAEGELIGE(Kind.TEXT),
        BEDOEMMER(Kind.TEXT), SVAR(Kind.TEXT), BEGRUNDELSE(Kind.TEXT), SAMLET(Kind.TEXT), BEMAERKNING(Kind.TEXT),
        TYPE(Kind.TEXT), FRA(Kind.DATE), TIL(Kind.DATE), HAENDELSE(Kind.TEXT),
        TIMER(Kind.NUMBER), OMRAADE(Kind.TEXT), FLAG(Kind.YES_NO), DOKUMENT(Kind.TEXT), ELEMENT(Kind.TEXT);

        private final Kind kind;

        Role(Kind kind) {
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    /** How a cell is typed in the workbook and parsed from text. */
    public enum Kind { TEXT, DATE, NUMBER, YES_NO }

    public static final List<String> YES_NO = List.of("ja", "nej");

    public Column {
        choices = List.copyOf(choices);
    }

    public Kind kind() {
        return role.kind();
    }

    /**
     * Every cell of a table is keyed by its column, so the hash is the header's (cached by String) and the
     * role's rather than the record's hash over all components, the choice list and the comment included.
     * Equal columns have equal headers and roles, so this agrees with {@link #equals}.
     */
    @Override
    public int hashCode() {
        return 31 * header.hashCode() + role.hashCode();
    }

    static Column of(String header, Role role, String comment, int width) {
        return new Column(header, role, null, List.of(), false, comment, width);
    }
}
