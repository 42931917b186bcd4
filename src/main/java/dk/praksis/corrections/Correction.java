package dk.praksis.corrections;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the corrections file: the answer to one question of one case, or the case's overall verdict,
 * as it reads after høring.
 *
 * @param caseId      the case's id in the audit
 * @param itemId      the question's id, or null when the correction is to the overall verdict
 * @param answer      the new answer as the scale spells it, or the verdict id
 * @param reason      why (begrundelse): free text, already checked for personal data
 * @param date        when the correction was agreed
 * @param requestedBy who asked for it (the kommune or the board), free text
 * @param place       where the row is, for messages ("rettelser.csv række 3")
 */
public record Correction(String caseId, String itemId, String answer, String reason, LocalDate date,
                         String requestedBy, Places place) {

    /** Where the row and its cells are. */
    public record Places(String row, String caseCell, String itemCell, String answerCell) {
    }

    public Correction {
        Objects.requireNonNull(caseId);
        Objects.requireNonNull(answer);
        Objects.requireNonNull(date);
    }

    /** True when the correction is to the case's overall verdict rather than to a question. */
    public boolean isVerdict() {
        return itemId == null;
    }

    /** What is corrected, as the reports name it: the question's id, or "Samlet vurdering". */
    public String target() {
        return isVerdict() ? "Samlet vurdering" : itemId;
    }
}
