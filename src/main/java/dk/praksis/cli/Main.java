package dk.praksis.cli;

import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.errors.ExitCode;
import dk.praksis.errors.PraksisException;
import dk.praksis.text.ControlCharacters;
import dk.praksis.text.DanishFormat;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: builds the command line, maps failures to Danish messages and exit codes. */
public final class Main {

    static final String REPORT_BUGS = "https://github.com/praksis-dk/praksis/issues";

    private Main() {
    }

    public static void main(String[] args) {
        fixFormatLocale();
        System.exit(run(args, new PrintWriter(System.out, true, stdoutCharset()),
                new PrintWriter(System.err, true, stdoutCharset())));
    }

    /**
     * The files are Danish whatever the machine's language: libraries that format with the default locale must not
     * change their bytes, nor write another script's digits. OpenPDF writes each entry of a PDF's cross-reference
     * table with {@code String.format}; under an Arabic locale the table was unreadable.
     */
    static void fixFormatLocale() {
        Locale.setDefault(Locale.Category.FORMAT, DanishFormat.DANISH);
    }

    /** Runs the tool as the shell would, with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        String mangled = LocaleCheck.problem(args);
        if (mangled != null) {
            err.println(mangled);
            return ExitCode.USAGE.code();
        }
        prepare(args);
        CommandLine cl = commandLine(args.length > 0 ? args[0] : null);
        cl.setOut(out);
        cl.setErr(err);
        return execute(cl, args);
    }

    /**
     * Starts what the named command will need on the second core while picocli builds the command (by reflection,
     * a tenth of a second or more before the command runs). Only for a command given something to work on.
     */
    private static void prepare(String[] args) {
        if (args.length < 2) {
            return;
        }
        if (names(AuditCommand.class).contains(args[0])) {
            AuditCommand.prepare();
        } else if (names(ValidateCommand.class).contains(args[0])) {
            ChecklistLoader.prepare();
        }
    }

    /**
     * Runs the command; a heap too small for the input ends with a Danish message and its own exit code rather than
     * a stack trace and exit 1. picocli passes errors through, and by the time one reaches here the run's data is
     * unreachable, so the message can be printed. Nothing half-written is left: an audit writes into a temporary
     * folder that only replaces the output when the whole run succeeded.
     */
    static int execute(CommandLine cl, String[] args) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            PrintWriter err = cl.getErr();
            err.println("praksis fik ikke hukommelse nok til at gøre kørslen færdig (Java-heapen slap op). Intet er "
                    + "skrevet eller ændret. Kør igen med mere hukommelse, fx PRAKSIS_JAVA_OPTS=-Xmx4g ./praksis "
                    + "(eller java -Xmx4g -jar praksis-app.jar), eller del sagerne i flere filer, fx én pr. kommune.");
            err.flush();
            return ExitCode.OUT_OF_MEMORY.code();
        }
    }

    /** The configured command tree with every command; also used to generate the completion script. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The configured command tree for a run whose first argument is {@code first}: when it names a command (or one
     * of its aliases), the tree holds only that command, whose options and help are the same as in the whole tree;
     * otherwise every command. picocli builds each command's model by reflection when it is added, and the models
     * of the commands a run does not use were a third of an audit's start-up before it read anything
     * (docs/benchmarks.md).
     */
    static CommandLine commandLine(String first) {
        CommandLine cl = new CommandLine(new PraksisCommand());
        List<Class<?>> named = PraksisCommand.SUBCOMMANDS.stream().filter(c -> names(c).contains(first)).toList();
        for (Class<?> command : named.isEmpty() ? PraksisCommand.SUBCOMMANDS : named) {
            cl.addSubcommand(command);
        }
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler(new DanishParameterExceptionHandler());
        cl.setExecutionStrategy(new FlagFollowedByWord(new CommandLine.RunLast()));
        return cl;
    }

    private static List<String> names(Class<?> command) {
        Command c = command.getAnnotation(Command.class);
        List<String> names = new ArrayList<>(List.of(c.aliases()));
        names.add(c.name());
        return names;
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof PraksisException pe) {
            pe.lines().forEach(line -> err.println(ControlCharacters.neutralised(line)));
            return pe.exitCode().code();
        }
        err.println("Intern fejl i praksis (" + ex.getClass().getSimpleName() + "). Det er en fejl i programmet,"
                + " ikke i dine filer. Rapportér den venligst på " + REPORT_BUGS
                + " med kommandoen du kørte og teksten herunder (uden sagsdata).");
        printWithoutMessages(ex, err);
        return ExitCode.INTERNAL.code();
    }

    /**
     * The stack trace a developer needs, without the exceptions' messages: a message from deep inside
     * a library (e.g. {@code For input string: "..."}) can quote a value from a case file.
     */
    static void printWithoutMessages(Throwable ex, PrintWriter err) {
        String prefix = "";
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            err.println(prefix + t.getClass().getName());
            for (StackTraceElement frame : t.getStackTrace()) {
                err.println("\tat " + frame);
            }
            prefix = "Forårsaget af: ";
        }
        err.flush();
    }

    private static Charset stdoutCharset() {
        String enc = System.getProperty("stdout.encoding");
        try {
            return enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
