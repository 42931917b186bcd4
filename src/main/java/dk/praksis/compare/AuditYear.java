package dk.praksis.compare;

import dk.praksis.results.ResultsFile;

/**
 * One results file taking part in a comparison.
 *
 * @param label  how the year is named in outputs and mapping files: the audit year, else the file name
 * @param score  the position on the time axis for the trend test: the audit year, else the file's order
 * @param source the file name, for messages
 */
public record AuditYear(String label, int score, String source, ResultsFile results) {
}
