package dk.praksis.cli;

import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.errors.ExitCode;
import dk.praksis.errors.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks checklists and reports every problem of every file, not just the first. */
@Command(name = "lint", aliases = {"tjek"},
        description = {"Tjekker et eller flere måleskemaer: YAML-syntaks, skemaet og henvisningerne mellem "
                + "nøglerne (id'er, svarskalaer, konsekvenser, sagstyper, varigheder og feltstier).",
            "Hver fejl vises med fil:linje:kolonne og spørgsmålets id. Afslutter med kode 3, hvis en fil har fejl."})
final class ChecklistLintCommand extends DanishCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FIL", arity = "1..*", description = "Måleskemaer (YAML), fx checklists/*.yaml.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        for (Path file : files) {
            try {
                Checklist c = ChecklistLoader.load(file);
                out.println(file + ": OK – " + c.items().count() + " spørgsmål i " + c.sections().size() + " afsnit");
            } catch (InvalidInputException e) {
                failed = true;
                e.lines().forEach(err::println);
            }
        }
        return failed ? ExitCode.INVALID_INPUT.code() : ExitCode.OK.code();
    }
}
