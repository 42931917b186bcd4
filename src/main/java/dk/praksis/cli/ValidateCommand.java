package dk.praksis.cli;

import dk.praksis.errors.UsageException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue is done. */
@Command(name = "validate", aliases = {"valider"}, description = "Kontrollerer måleskema og sager uden at skrive noget.")
final class ValidateCommand extends DanishCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UsageException("'validate' er ikke færdig endnu i denne version");
    }
}
