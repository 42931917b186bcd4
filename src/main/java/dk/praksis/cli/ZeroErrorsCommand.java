package dk.praksis.cli;

import dk.praksis.audit.SafeOutput;
import dk.praksis.audit.VerifiedOutput;
import dk.praksis.controlpoints.MonthlyResults;
import dk.praksis.controlpoints.ZeroErrorOutputs;
import dk.praksis.controlpoints.ZeroErrorReport;
import dk.praksis.controlpoints.ZeroErrorText;
import dk.praksis.controlpoints.ZeroErrors;
import dk.praksis.errors.ExitCode;
import dk.praksis.errors.UsageException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Control points without errors for N months, from monthly results files; the work is in dk.praksis.controlpoints. */
@Command(name = "zero-errors", aliases = {"nulfejl", "nul-fejl"},
        description = {"Finder kontrolpunkter (spørgsmål i måleskemaet), der ikke har givet fejl i de seneste"
                + " måneder i træk, ud fra ledelsestilsynets månedlige resultatfiler (resultater.json). De er kandidater"
                + " til at udgå af tilsynet og blive erstattet af nye. Antallet af bedømte sager vises ved hvert punkt:"
                + " ingen fejl i 3 sager siger lidt, ingen fejl i 30 sager siger mere.",
            "Månederne ordnes efter opgørelsesdato. En måned, hvor punktet ikke blev bedømt i nogen sag, eller som"
                + " mangler, afbryder rækken af måneder. Se docs/arbejdsgang.md.",
            "Afslutningskoder: 0 gennemført, 2 forkert brug, 3 ugyldigt input, 5 output findes."})
final class ZeroErrorsCommand extends DanishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RESULTATER",
            description = "Månedlige resultatfiler (resultater.json) skrevet af 'praksis audit', eller mapperne, den"
                    + " har skrevet, i vilkårlig rækkefølge.")
    List<Path> files;

    @Option(names = {"--måneder", "--maaneder", "--months"}, paramLabel = "N", defaultValue = "6",
            description = "Så mange måneder i træk uden fejl gør et punkt til kandidat (standard: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = {"--out", "--udmappe"}, paramLabel = "MAPPE",
            description = "Skriv også nulfejl.csv og nulfejl.xlsx i MAPPE.")
    Path out;

    @Option(names = {"--force", "--overskriv"}, description = "Erstat MAPPE, hvis den findes.")
    boolean force;

    @Override
    public Integer call() {
        if (months < 1) {
            throw new UsageException("--måneder skal være 1 eller større, fx --måneder 6");
        }
        VerifiedOutput earlierOutput = out == null ? VerifiedOutput.NONE : SafeOutput.checkWritable(out, force);
        ZeroErrorReport report = ZeroErrors.of(MonthlyResults.read(files), months);
        if (out != null) {
            SafeOutput.write(out, force, earlierOutput, dir -> ZeroErrorOutputs.writeInto(report, dir));
        }
        PrintWriter w = spec.commandLine().getOut();
        ZeroErrorText.lines(report).forEach(w::println);
        if (out != null) {
            w.println();
            w.println("Skrevet: " + out.toAbsolutePath().normalize());
        }
        w.flush();
        return ExitCode.OK.code();
    }
}
