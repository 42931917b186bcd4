package dk.praksis.cases;

import java.time.LocalDate;

/** The municipal decision under review; {@code present} is false when the file holds none. */
public record Decision(LocalDate date, boolean present) {
}
