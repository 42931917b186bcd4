package dk.praksis.cli;

import dk.praksis.errors.UsageException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue is done. */
@Command(name = "template", aliases = {"skabelon"}, description = "Laver en Excel-skabelon, som bedømmerne udfylder.")
final class TemplateCommand extends DanishCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UsageException("'template' er ikke færdig endnu i denne version");
    }
}
