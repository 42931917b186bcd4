package dk.praksis.cli;

import dk.praksis.errors.ExitCode;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Wrong usage: one Danish line about the mistake, a pointer to --help, exit 2. */
final class DanishParameterExceptionHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("Forkert brug: " + translate(ex));
        err.println("Se '" + cl.getCommandSpec().qualifiedName() + " --help' for hjælp.");
        return ExitCode.USAGE.code();
    }

    private static String translate(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return "ukendt argument " + String.join(" ", u.getUnmatched());
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
        return ex.getMessage();
    }
}
