package dk.praksis.cases;

import java.time.LocalDate;

/**
 * A typed period in the citizen's history, e.g. ledighedsydelse or barsel.
 *
 * @param to inclusive last day, or null while the period is still running
 */
public record DatedPeriod(String type, LocalDate from, LocalDate to) {
}
