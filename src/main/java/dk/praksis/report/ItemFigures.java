package dk.praksis.report;

import dk.praksis.checklist.Item;

/**
 * One question's figures for the unit (a kommune, or the audit) beside those for all kommuner.
 * In the audit's own report {@code unit} and {@code all} are the same.
 */
public record ItemFigures(Item item, ItemStats unit, ItemStats all) {
}
