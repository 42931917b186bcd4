/**
 * Double review: how far two reviewers who scored the same cases independently agree, per reviewer question and
 * for the overall verdict. Computed once from the scored cases; the reports and the results file show it. The
 * coefficients themselves are in {@link dk.praksis.stats.Agreement}.
 */
package dk.praksis.calibration;
