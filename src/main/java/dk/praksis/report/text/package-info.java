/**
 * Danish wording shared by every renderer: numbers, percentages, dates, outcome labels, the
 * generated Sammenfatning sentences and the plain description of a checklist item's rule.
 * Nothing here computes a figure; it only words what the report model holds.
 */
package dk.praksis.report.text;
