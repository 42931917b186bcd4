package dk.praksis.cli;

import dk.praksis.errors.UsageException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue is done. */
@Command(name = "audit", aliases = {"undersøg"}, description = "Kører en praksisundersøgelse og skriver resultater og rapporter.")
final class AuditCommand extends DanishCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UsageException("'audit' er ikke færdig endnu i denne version");
    }
}
