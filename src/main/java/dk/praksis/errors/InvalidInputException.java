package dk.praksis.errors;

import java.util.List;

/** The checklist, the audit file or the cases are invalid: exit 3, every problem listed. */
public class InvalidInputException extends PraksisException {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.isEmpty() ? "ugyldigt input" : problems.get(0).line());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String where, String message) {
        this(List.of(new Problem(where, null, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.INVALID_INPUT;
    }

    @Override
    public List<String> lines() {
        return problems.stream().map(Problem::line).toList();
    }
}
