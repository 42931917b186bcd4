package dk.praksis.report;

/** A question a case did not meet, with the reason a caseworker can act on. */
public record FailedItem(String itemId, String itemText, String reason, String consequence) {
}
