package dk.praksis.report.text;

import dk.praksis.scoring.ItemResult;
import dk.praksis.scoring.Outcome;

/** Danish words for an item's outcome. */
public final class OutcomeLabels {

    private OutcomeLabels() {
    }

    public static String label(Outcome outcome) {
        return switch (outcome) {
            case OPFYLDT -> "Opfyldt";
            case IKKE_OPFYLDT -> "Ikke opfyldt";
            case IKKE_RELEVANT -> "Ikke relevant";
            case OPTALT -> "Optalt";
        };
    }

    /** The outcome of one result; a counted answer shows its value. */
    public static String label(ItemResult result) {
        return result.outcome() == Outcome.OPTALT && result.value() != null ? result.value() : label(result.outcome());
    }
}
