/**
 * The results files of an audit run: {@code resultater.json} (records, a deterministic writer and
 * a reader for {@code compare}) and the tidy {@code resultater.csv}. The contract is documented in
 * docs/resultater.md and versioned by {@link dk.praksis.results.ResultsFile#FORMAT}.
 */
package dk.praksis.results;
