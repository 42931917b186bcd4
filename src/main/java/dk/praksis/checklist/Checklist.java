package dk.praksis.checklist;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A validated, immutable checklist (måleskema): where the law lives.
 *
 * @param caseTypes    case type id to Danish label, in file order
 * @param scales       answer scales by id
 * @param consequences worst first
 * @param sha256       hex hash of the file's bytes, so results say exactly which checklist scored them
 */
public record Checklist(String id, int version, String title, String description, List<String> legalBasis,
                        Map<String, String> caseTypes, Map<String, AnswerScale> scales,
                        List<Consequence> consequences, List<Section> sections, String source, String sha256) {

    public static final String VERDICT_OK = "i_overensstemmelse";
    public static final String VERDICT_UNASSESSABLE = "kan_ikke_vurderes";

    public Checklist {
        legalBasis = List.copyOf(legalBasis);
        caseTypes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(caseTypes));
        scales = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scales));
        consequences = List.copyOf(consequences);
        sections = List.copyOf(sections);
    }

    public Stream<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream());
    }

    public Optional<Item> item(String itemId) {
        return items().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** Severity rank of a consequence: 0 is the worst; -1 if unknown. */
    public int severity(String consequenceId) {
        for (int i = 0; i < consequences.size(); i++) {
            if (consequences.get(i).id().equals(consequenceId)) {
                return i;
            }
        }
        return -1;
    }

    /** Danish label of a verdict value: a consequence id or one of the two fixed verdicts. */
    public String verdictLabel(String verdict) {
        if (VERDICT_OK.equals(verdict)) {
            return "I overensstemmelse med regler og praksis";
        }
        if (VERDICT_UNASSESSABLE.equals(verdict)) {
            return "Kan ikke vurderes";
        }
        return consequences.stream().filter(c -> c.id().equals(verdict)).map(Consequence::titel)
                .findFirst().orElse(verdict);
    }
}
