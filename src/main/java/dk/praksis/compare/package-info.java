/**
 * Comparing audit years: reads two or more results files, matches kommuner by code and checklist
 * items by id (or by a mapping file), and computes per year shares with Wilson intervals, changes
 * with Newcombe intervals and Fisher p-values, and a trend test over three or more years.
 *
 * <p>{@link dk.praksis.compare.Comparer} builds the {@link dk.praksis.compare.Comparison} once; the
 * renderers (JSON, workbook, PDF, terminal) only present it.
 */
package dk.praksis.compare;
