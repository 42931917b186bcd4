package dk.praksis.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A double-reviewed case's second answer set beside the first, for calibration only: the first set alone
 * scores the case.
 *
 * @param reviewer the second reviewer's code
 * @param verdict  the second reviewer's overall verdict
 * @param answers  reviewer question id (checklist order) to both answers as the scale spells them, for the
 *                 questions both reviewers answered
 */
public record SecondReview(String reviewer, String verdict, Map<String, AnswerPair> answers) {

    /** The first and the second reviewer's answer to one question. */
    public record AnswerPair(String first, String second) {
    }

    public SecondReview {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
