package dk.praksis.errors;

/** The documented exit codes (docs/cli.md). */
public enum ExitCode {
    OK(0), INTERNAL(1), USAGE(2), INVALID_INPUT(3), PERSONAL_DATA(4), OUTPUT_EXISTS(5), OUTPUT_FAILED(6),
    OUT_OF_MEMORY(7);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
