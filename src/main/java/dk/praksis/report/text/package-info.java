/**
 * Danish wording shared by every renderer: numbers, percentages, dates, outcome labels and the
 * generated Sammenfatning sentences. (An item's rule is worded by {@code dk.praksis.checklist.ItemDescriber}.)
 * Nothing here computes a figure; it only words what the report model holds.
 */
package dk.praksis.report.text;
