package dk.praksis.corrections;

import dk.praksis.cases.Kommune;

/**
 * A correction as it was applied to a case: the answer before and after.
 *
 * @param before the reviewer's answer (or verdict) before the correction, or null when there was none
 */
public record AppliedCorrection(Correction correction, Kommune kommune, String before) {

    public String caseId() {
        return correction.caseId();
    }

    public String after() {
        return correction.answer();
    }
}
