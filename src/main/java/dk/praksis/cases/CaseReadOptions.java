package dk.praksis.cases;

import java.util.List;

/**
 * How cases are read.
 *
 * @param maskPersonalData continue when personal data is found, masking it in every output
 *                         (instead of refusing with exit 4)
 * @param extraPatterns    names or regular expressions the board supplies as personal data
 */
public record CaseReadOptions(boolean maskPersonalData, List<String> extraPatterns) {

    public static final CaseReadOptions DEFAULT = new CaseReadOptions(false, List.of());

    public CaseReadOptions {
        extraPatterns = List.copyOf(extraPatterns);
    }
}
