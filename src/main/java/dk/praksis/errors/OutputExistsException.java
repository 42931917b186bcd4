package dk.praksis.errors;

/** The output already exists and --force was not given: exit 5. */
public class OutputExistsException extends PraksisException {

    private static final long serialVersionUID = 1L;

    public OutputExistsException(String path) {
        super(path + ": findes allerede; vælg en anden mappe med --out, eller overskriv med --force");
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.OUTPUT_EXISTS;
    }
}
