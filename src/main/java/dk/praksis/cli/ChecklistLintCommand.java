package dk.praksis.cli;

import dk.praksis.errors.UsageException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue is done. */
@Command(name = "lint", aliases = {"tjek"}, description = "Tjekker et eller flere måleskemaer.")
final class ChecklistLintCommand extends DanishCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UsageException("'checklist lint' er ikke færdig endnu i denne version");
    }
}
