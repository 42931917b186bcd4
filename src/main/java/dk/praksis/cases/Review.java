package dk.praksis.cases;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reviewer's part of a case: answers to the checklist's {@code vurdering} items, an optional
 * free-text reason per answer (by item id), the overall verdict (a consequence id, i_overensstemmelse
 * or kan_ikke_vurderes; may be null) and a free-text remark.
 */
public record Review(String reviewer, Map<String, String> answers, Map<String, String> reasons, String verdict,
                     String remark) {

    public static final Review NONE = new Review(null, Map.of(), null, null);

    public Review {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }

    /** An answer set without reasons. */
    public Review(String reviewer, Map<String, String> answers, String verdict, String remark) {
        this(reviewer, answers, Map.of(), verdict, remark);
    }

    /** True when nothing is filled in. */
    public boolean isEmpty() {
        return reviewer == null && answers.isEmpty() && reasons.isEmpty() && verdict == null && remark == null;
    }
}
