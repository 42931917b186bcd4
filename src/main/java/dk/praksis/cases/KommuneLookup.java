package dk.praksis.cases;

import java.util.Optional;

/**
 * Resolves what a reviewer typed in the {@code kommune} column (a name in any common spelling, or a
 * kommunekode). A seam, so the table readers do not depend on the lookup's implementation.
 */
@FunctionalInterface
public interface KommuneLookup {

    Optional<Kommune> find(String nameOrCode);

    /**
     * The Danish message for a miss. The default names no value (a misplaced text could be personal
     * data); a lookup that can suggest safe nearest names overrides it.
     */
    default String unknownMessage(String nameOrCode) {
        return "kommunen er ikke en kendt kommune; skriv navnet eller kommunekoden, fx Vejen eller 575";
    }
}
