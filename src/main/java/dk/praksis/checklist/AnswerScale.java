package dk.praksis.checklist;

import java.util.List;
import java.util.Optional;

/**
 * A scale of reviewer answers. A judging scale maps each value to met / not met / not relevant;
 * a counted scale (e.g. Likert) has values that are only tallied.
 *
 * @param values every allowed value, in display order
 */
public record AnswerScale(String id, List<String> values, List<String> met, List<String> notMet,
                          List<String> notRelevant, boolean counted) {

    public AnswerScale {
        values = List.copyOf(values);
        met = List.copyOf(met);
        notMet = List.copyOf(notMet);
        notRelevant = List.copyOf(notRelevant);
    }

    /** The value as the scale spells it, matched without regard to case and surrounding spaces. */
    public Optional<String> canonical(String answer) {
        if (answer == null) {
            return Optional.empty();
        }
        String a = answer.strip();
        return values.stream().filter(v -> v.equalsIgnoreCase(a)).findFirst();
    }
}
