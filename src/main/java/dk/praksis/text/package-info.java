/**
 * Danish wording shared by stages that may not depend on each other (checklist, cases, scoring,
 * report): dates, plain numbers, lists joined with "og"/"eller", "mente du"-suggestions. No domain
 * knowledge here; the report's own percentages and intervals live in {@code dk.praksis.report.text}.
 */
package dk.praksis.text;
