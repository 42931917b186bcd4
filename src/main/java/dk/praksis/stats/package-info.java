/**
 * Proportions and shares with their confidence intervals, differences, trend tests and agreement.
 *
 * <p>Pure functions of counts: nothing here knows about cases, kommuner or checklists. All
 * quantiles and exact tests come from Apache Commons Statistics; the interval formulas are written
 * out in the classes that compute them and in docs/statistik.md.
 */
package dk.praksis.stats;
