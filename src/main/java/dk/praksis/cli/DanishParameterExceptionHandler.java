package dk.praksis.cli;

import dk.praksis.cases.Quoted;
import dk.praksis.errors.ExitCode;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Wrong usage: one Danish line about the mistake, a pointer to --help, exit 2. */
final class DanishParameterExceptionHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("Forkert brug: " + translate(ex, java.util.List.of(args)));
        err.println("Se '" + cl.getCommandSpec().qualifiedName() + " --help' for hjælp.");
        return ExitCode.USAGE.code();
    }

    private static String translate(CommandLine.ParameterException ex, java.util.List<String> args) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return "ukendt argument " + String.join(" ", u.getUnmatched().stream().map(Quoted::of).toList());
        }
        if (ex instanceof CommandLine.MissingParameterException m && m.getMissing().size() == 1
                && m.getMissing().get(0) instanceof CommandLine.Model.OptionSpec o
                && java.util.Arrays.stream(o.names()).anyMatch(args::contains)) {
            // given, but the next word was another option: "--checklist --out x"
            return o.longestName() + " mangler sin værdi (" + o.paramLabel() + ")";
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return "mangler " + m.getMissing().stream()
                    .map(a -> a instanceof CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel())
                    .reduce((x, y) -> x + ", " + y).orElse("et argument");
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return o.getOverwritten() instanceof CommandLine.Model.OptionSpec opt
                    ? opt.longestName() + " er angivet mere end én gang"
                    : "et argument er angivet mere end én gang";
        }
        if (ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o && o.arity().max() == 0) {
            return o.longestName() + " tager ingen værdi; skriv " + o.longestName() + " alene";
        }
        if (ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o) {
            return "ugyldig værdi for " + o.longestName() + "; se hjælpen for, hvad den skal være";
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return "for mange argumenter";
        }
        // picocli's remaining texts are English and may quote an argument.
        return ex instanceof DanishUsage ? ex.getMessage() : "argumenterne kan ikke forstås";
    }

    /** A usage mistake found by praksis itself, already told in Danish without the user's words. */
    static final class DanishUsage extends CommandLine.ParameterException {
        private static final long serialVersionUID = 1L;

        DanishUsage(CommandLine cl, String message) {
            super(cl, message);
        }
    }
}
