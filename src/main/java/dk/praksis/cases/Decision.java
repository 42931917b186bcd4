package dk.praksis.cases;

import java.time.LocalDate;

/**
 * The municipal decision under review; {@code present} is false when the file holds none.
 *
 * @param fullyGranted true when the decision gave the citizen everything asked for (then, e.g., no
 *                     begrundelse or klagevejledning is required); null when not recorded
 */
public record Decision(LocalDate date, boolean present, Boolean fullyGranted) {

    public Decision(LocalDate date, boolean present) {
        this(date, present, null);
    }
}
