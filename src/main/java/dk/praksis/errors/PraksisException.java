package dk.praksis.errors;

import java.util.List;

/** A failure the user can act on; the CLI prints its lines and exits with its code. */
public abstract class PraksisException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected PraksisException(String message) {
        super(message);
    }

    public abstract ExitCode exitCode();

    /** The lines to print on stderr, one per problem. */
    public List<String> lines() {
        return List.of(getMessage());
    }
}
