package dk.praksis.cli;

import dk.praksis.errors.UsageException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue is done. */
@Command(name = "compare", aliases = {"sammenlign"}, description = "Sammenligner resultater fra to eller flere undersøgelser.")
final class CompareCommand extends DanishCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UsageException("'compare' er ikke færdig endnu i denne version");
    }
}
