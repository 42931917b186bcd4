/**
 * Danish wording shared by stages that may not depend on each other (checklist, cases, scoring,
 * compare, report): dates, plain numbers, percentages and intervals, lists joined with "og"/"eller",
 * "mente du"-suggestions. No domain knowledge here.
 */
package dk.praksis.text;
