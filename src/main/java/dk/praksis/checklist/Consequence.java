package dk.praksis.checklist;

/** What a failed item means for the case, e.g. "hjemvisning". The checklist lists them worst first. */
public record Consequence(String id, String titel) {
}
