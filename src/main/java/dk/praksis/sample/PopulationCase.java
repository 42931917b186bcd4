package dk.praksis.sample;

import dk.praksis.cases.Kommune;
import dk.praksis.cases.tables.CellValue;
import dk.praksis.cases.tables.PlainTable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One case of the population a sample is drawn from.
 *
 * @param reference the anonymous case reference the kommune knows the case by
 * @param caseType  the sagstype, or null
 * @param date      the decision date, or null
 * @param fields    the list's other columns by header key (stratum fields such as months on ledighedsydelse)
 * @param where     file and row, for messages
 */
public record PopulationCase(String reference, Kommune kommune, String caseType, LocalDate date,
                             Map<String, CellValue> fields, String where) {

    public PopulationCase {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The value of a column, named as the user wrote it. */
    public Optional<CellValue> field(String name) {
        return Optional.ofNullable(fields.get(PlainTable.key(name)));
    }
}
