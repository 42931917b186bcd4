package dk.praksis.cli;

import dk.praksis.errors.UsageException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue is done. */
@Command(name = "show", aliases = {"vis"}, description = "Viser et måleskema som tekst eller PDF.")
final class ChecklistShowCommand extends DanishCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UsageException("'checklist show' er ikke færdig endnu i denne version");
    }
}
