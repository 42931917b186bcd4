package dk.praksis.results;

import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.ItemResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one instance of each distinct reason text of a run. Most reasons repeat word for word ("Bedømmeren har
 * svaret ja.", "Spørgsmålet gælder kun sagstypen …"): of 240,000 reasons for 10,000 synthetic cases about 20,000
 * differ, so the scored cases the reports need hold a fifth of the text they otherwise would. Not thread-safe:
 * one per run, fed as the cases are scored.
 */
final class SharedReasons {

    private final Map<String, String> seen = new HashMap<>();

    /** The case with each reason replaced by the first equal one seen in this run; the same case when none is. */
    CaseResult share(CaseResult c) {
        List<ItemResult> items = new ArrayList<>(c.items().size());
        boolean changed = false;
        for (ItemResult i : c.items()) {
            String reason = i.reason() == null ? null : seen.computeIfAbsent(i.reason(), r -> r);
            if (reason == i.reason()) {
                items.add(i);
            } else {
                items.add(new ItemResult(i.itemId(), i.outcome(), i.value(), reason, i.consequence()));
                changed = true;
            }
        }
        return !changed ? c : new CaseResult(c.caseId(), c.kommune(), c.caseType(), items, c.score(), c.derivedVerdict(),
                c.reviewerVerdict(), c.disagreement(), c.reviewer(), c.remark(), c.secondReview());
    }
}
