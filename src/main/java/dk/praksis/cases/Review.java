package dk.praksis.cases;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reviewer's part of a case: answers to the checklist's {@code vurdering} items,
 * the overall verdict (a consequence id, i_overensstemmelse or kan_ikke_vurderes; may be null)
 * and a free-text remark.
 */
public record Review(String reviewer, Map<String, String> answers, String verdict, String remark) {

    public static final Review NONE = new Review(null, Map.of(), null, null);

    public Review {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** True when nothing is filled in. */
    public boolean isEmpty() {
        return reviewer == null && answers.isEmpty() && verdict == null && remark == null;
    }
}
