/**
 * The audit run: the audit file ({@code undersoegelse.yaml}), the pipeline that scores cases as they
 * stream in, the list of {@link dk.praksis.audit.OutputRenderer}s that write into a temporary folder,
 * the all-or-nothing move into place ({@link dk.praksis.audit.SafeOutput}) and the terminal summary.
 * Report renderers (Excel, PDF) plug in as further renderers beside the JSON and CSV ones.
 */
package dk.praksis.audit;
