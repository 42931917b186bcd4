package dk.praksis.scoring;

/**
 * The outcome of one item for one case.
 *
 * @param value       the reviewer's answer as the scale spells it (vurdering items), else null
 * @param reason      a Danish sentence a caseworker can act on
 * @param consequence the consequence id carried when not met, else null
 */
public record ItemResult(String itemId, Outcome outcome, String value, String reason, String consequence) {
}
