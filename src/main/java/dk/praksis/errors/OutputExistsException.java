package dk.praksis.errors;

/** The output already exists and --force was not given (or may not replace it): exit 5. */
public class OutputExistsException extends PraksisException {

    private static final long serialVersionUID = 1L;

    public OutputExistsException(String path) {
        this(path, "findes allerede; vælg en anden mappe med --out, eller overskriv med --force");
    }

    private OutputExistsException(String path, String advice) {
        super(path + ": " + advice);
    }

    /** An existing output file (not a folder), named with the given option, e.g. "--pdf". */
    public static OutputExistsException file(String path, String option) {
        return new OutputExistsException(path, "findes allerede; vælg et andet filnavn med " + option
                + ", eller overskriv med --force");
    }

    /** An existing file or folder that --force must not replace because praksis did not write it. */
    public static OutputExistsException notEarlierOutput(String path) {
        return new OutputExistsException(path, "findes og er ikke en tidligere outputmappe fra praksis; --force erstatter "
                + "kun en mappe med praksis' egne filer, så vælg en anden mappe med --out");
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.OUTPUT_EXISTS;
    }
}
