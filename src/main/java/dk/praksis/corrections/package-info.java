/**
 * Corrections after høring: the file of corrections the board agreed to after the kommuner commented on the
 * draft (case, question or overall verdict, new answer, reason, date, who asked), checked against the checklist
 * and applied to the reviewer's answers before scoring, keeping the original answer beside the new one.
 * A stage between reading the cases and scoring them.
 */
package dk.praksis.corrections;
