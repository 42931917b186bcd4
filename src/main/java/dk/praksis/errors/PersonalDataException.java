package dk.praksis.errors;

import java.util.List;

/** Personal data found in the input: exit 4. The problems name place and kind, never the value. */
public class PersonalDataException extends PraksisException {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public PersonalDataException(List<Problem> problems) {
        super(problems.isEmpty() ? "personoplysninger fundet" : problems.get(0).line());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.PERSONAL_DATA;
    }

    @Override
    public List<String> lines() {
        return problems.stream().map(Problem::line).toList();
    }
}
