package dk.praksis.errors;

/** The output already exists and --force was not given: exit 5. */
public class OutputExistsException extends PraksisException {

    private static final long serialVersionUID = 1L;

    public OutputExistsException(String path) {
        super(path + ": findes allerede; vælg en anden mappe med --out, eller overskriv med --force");
    }

    private OutputExistsException(String path, String option) {
        super(path + ": findes allerede; vælg et andet filnavn med " + option + ", eller overskriv med --force");
    }

    /** An existing output file (not a folder), named with the given option, e.g. "--pdf". */
    public static OutputExistsException file(String path, String option) {
        return new OutputExistsException(path, option);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.OUTPUT_EXISTS;
    }
}
