package dk.praksis.controlpoints;

import java.time.YearMonth;

/**
 * One control point (checklist item) over the months: how long it has gone without errors up to the latest month,
 * and the counts that zero rests on.
 *
 * @param monthsWithoutErrors the latest months in a row where the item was judged in at least one case and never
 *                            failed (0 when the latest month had an error or did not judge it)
 * @param runFrom             the first month of that run, or null when it is 0
 * @param judgedInRun         cases judged (met or not met) in the run; all of them met
 * @param upperBound          the upper end of the 95 % Wilson interval for the error share, given 0 errors in
 *                            {@code judgedInRun} cases; null when no case was judged
 * @param lastError           the latest month with an error, or null when there was none in the files
 * @param lastErrors          errors that month
 * @param lastJudged          cases judged that month
 * @param judgedAll           cases judged in all the months
 * @param errorsAll           errors in all the months
 * @param ended               why the run stops where it does (Danish, for the reader)
 * @param candidate           whether the run reaches the wanted number of months
 */
public record ControlPoint(String id, String section, String text, int monthsWithoutErrors, YearMonth runFrom,
                           int judgedInRun, Double upperBound, YearMonth lastError, int lastErrors, int lastJudged,
                           int judgedAll, int errorsAll, String ended, boolean candidate) {
}
