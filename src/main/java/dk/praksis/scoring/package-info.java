/**
 * Scoring: one evaluator per item type, the {@link dk.praksis.scoring.DeadlineEngine} (a pure
 * function over dates, periods and events), and the {@link dk.praksis.scoring.Scorer} that turns a
 * case into a {@link dk.praksis.scoring.CaseResult} with a Danish reason per item and a derived
 * verdict. How each item type is evaluated is documented for users in docs/scoring.md.
 */
package dk.praksis.scoring;
