package dk.praksis.checklist;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scale of reviewer answers. A judging scale maps each value to met / not met / not relevant;
 * a counted scale (e.g. Likert) has values that are only tallied.
 *
 * @param values       every allowed value, in display order
 * @param consequences  not-met answers that carry their own consequence instead of the item's
 *                      ({@code konsekvens_ved_svar}), e.g. "ikke tilstrækkeligt oplyst" to hjemvisning
 */
public record AnswerScale(String id, List<String> values, List<String> met, List<String> notMet,
                          List<String> notRelevant, boolean counted, Map<String, String> consequences) {

    public AnswerScale {
        values = List.copyOf(values);
        met = List.copyOf(met);
        notMet = List.copyOf(notMet);
        notRelevant = List.copyOf(notRelevant);
        consequences = Collections.unmodifiableMap(new LinkedHashMap<>(consequences));
    }

    /** A scale whose not-met answers all carry the item's consequence. */
    public AnswerScale(String id, List<String> values, List<String> met, List<String> notMet,
                       List<String> notRelevant, boolean counted) {
        this(id, values, met, notMet, notRelevant, counted, Map.of());
    }

    /** The consequence the answer carries by itself, matched like {@link #canonical}. */
    public Optional<String> consequenceOf(String answer) {
        return consequences.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(answer.strip()))
                .map(Map.Entry::getValue).findFirst();
    }

    /** The value as the scale spells it, matched without regard to case and surrounding spaces. */
    public Optional<String> canonical(String answer) {
        if (answer == null) {
            return Optional.empty();
        }
        String a = answer.strip();
        for (String v : values) { // asked of every answer of every case: a loop, not a stream
            if (v.equalsIgnoreCase(a)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
