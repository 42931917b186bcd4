package dk.praksis.checklist;

/**
 * What a failed item means for the case, e.g. "hjemvisning". The checklist lists them worst first.
 *
 * @param reversal true when a case with this verdict counts in the omgørelsesprocent
 *                 (ændret or hjemvist); false for e.g. a formal error alone
 */
public record Consequence(String id, String titel, boolean reversal) {
}
