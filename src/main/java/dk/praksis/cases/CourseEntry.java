package dk.praksis.cases;

import java.time.LocalDate;
import java.util.Map;

/**
 * One entry of a course such as a work trial (arbejdsprøvning).
 *
 * @param to           inclusive last day, or null when still running
 * @param hoursPerWeek hours tested per week, or null when not recorded
 * @param flags        yes/no facts, e.g. funktioner_beskrevet
 */
public record CourseEntry(LocalDate from, LocalDate to, Double hoursPerWeek, String field,
                          Map<String, Boolean> flags) {

    public CourseEntry {
        flags = Map.copyOf(flags);
    }
}
