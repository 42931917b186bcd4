package dk.praksis.errors;

/** Wrong use of the command line beyond what picocli itself catches: exit 2. */
public class UsageException extends PraksisException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.USAGE;
    }
}
