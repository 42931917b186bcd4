/**
 * Control points (checklist items) that have shown no errors for several months in a row: the candidates a
 * ledelsestilsyn may retire, read from the monthly results files, with the counts the zero rests on.
 */
package dk.praksis.controlpoints;
