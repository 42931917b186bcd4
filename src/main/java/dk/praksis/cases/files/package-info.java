/**
 * Reading case inputs of every format: which format a file or folder is ({@link dk.praksis.cases.files.CaseFormats}),
 * the inputs named on the command line or in the audit file ({@link dk.praksis.cases.files.CaseInputs}), and the
 * reading, checking and guarding of them all, each valid case handed on as it is read
 * ({@link dk.praksis.cases.files.CaseFiles}). It comes after {@code cases} (the model, the canonical YAML/JSON reader,
 * the guard) and {@code cases.tables} (workbooks and CSV), which know nothing of it.
 */
package dk.praksis.cases.files;
