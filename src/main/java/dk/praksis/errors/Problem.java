package dk.praksis.errors;

/**
 * One problem with the user's input, shown as one line on stderr.
 *
 * @param where   file and place, e.g. "sager.yaml:12:7" or "sager.xlsx Sager!F4"
 * @param caseId  the case concerned, or null
 * @param message Danish; never contains a value that may be personal data
 */
public record Problem(String where, String caseId, String message) {

    public String line() {
        StringBuilder sb = new StringBuilder(where);
        if (caseId != null) {
            sb.append(" (sag ").append(caseId).append(')');
        }
        return sb.append(": ").append(message).toString();
    }
}
