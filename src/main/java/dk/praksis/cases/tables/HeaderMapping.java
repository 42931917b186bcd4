package dk.praksis.cases.tables;

import dk.praksis.cases.tables.Column.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

/** Matches a header row to a table's columns, the same way for sheets and CSV files. */
final class HeaderMapping {

    private HeaderMapping() {
    }

    /**
     * @param headers     the header texts by position (blank entries are ignored)
     * @param headerPlace the place of the header at a position, e.g. "Sager!K1"
     * @param tablePlace  the place of the table as a whole, e.g. "Perioder" or "perioder.csv"
     * @param problem     receives (place, message)
     * @return the recognised columns by position; empty when a column every row needs is missing,
     *         so the table is not read at all
     */
    static Optional<Map<Integer, Column>> map(Table table, List<String> headers, IntFunction<String> headerPlace,
                                              String tablePlace, BiConsumer<String, String> problem) {
        Map<Integer, Column> byPosition = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            if (h == null || h.isBlank()) {
                continue;
            }
            Optional<Column> col = table.column(h);
            if (col.isEmpty()) {
                List<String> known = table.columns().stream().map(Column::header).toList();
                problem.accept(headerPlace.apply(i), "ukendt kolonne " + Names.quoted(h, known)
                        + "; kendte kolonner er " + String.join(", ", known));
            } else if (byPosition.containsValue(col.get())) {
                problem.accept(headerPlace.apply(i), "kolonnen " + col.get().header() + " står to gange");
            } else {
                byPosition.put(i, col.get());
            }
        }
        List<String> missing = new ArrayList<>();
        for (Role role : required(table.kind())) {
            Column needed = table.first(role).orElseThrow();
            if (!byPosition.containsValue(needed)) {
                missing.add(needed.header());
            }
        }
        if (!missing.isEmpty()) {
            problem.accept(tablePlace, "mangler kolonnen " + String.join(" og kolonnen ", missing)
                    + "; tabellen er ikke læst");
            return Optional.empty();
        }
        return Optional.of(byPosition);
    }

    private static Set<Role> required(Table.Kind kind) {
        return switch (kind) {
            case SAGER -> EnumSet.of(Role.ID);
            case PERIODER -> EnumSet.of(Role.ID, Role.TYPE, Role.FRA);
            case HAENDELSER -> EnumSet.of(Role.ID, Role.HAENDELSE, Role.DATO);
            case FORLOEB -> EnumSet.of(Role.ID, Role.FRA);
            case DOKUMENTER -> EnumSet.of(Role.ID, Role.DOKUMENT);
            case ANDEN_VURDERING -> EnumSet.of(Role.ID, Role.BEDOEMMER);
        };
    }
}
