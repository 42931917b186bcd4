/**
 * Danish wording shared by every renderer: outcome labels, redaction and the generated Sammenfatning
 * sentences (numbers, percentages and dates come from {@code dk.praksis.text}). (An item's rule is worded by {@code dk.praksis.checklist.ItemDescriber}.)
 * Nothing here computes a figure; it only words what the report model holds.
 */
package dk.praksis.report.text;
