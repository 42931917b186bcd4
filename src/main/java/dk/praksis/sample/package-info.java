/**
 * Before the audit: drawing the sample of cases to call in (a population list, a sample file, a reproducible
 * stratified draw, the lists, the call-in letters and the draw's record), and planning how many cases are needed.
 * Reads through {@code cases.tables}, writes through {@code audit.SafeOutput}; nothing here scores a case.
 */
package dk.praksis.sample;
