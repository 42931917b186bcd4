package dk.praksis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Groups the commands that work on checklists (måleskemaer). */
@Command(name = "checklist", aliases = {"måleskema", "maaleskema"},
        description = "Arbejd med måleskemaer: tjek dem og vis dem.",
        synopsisSubcommandLabel = "[KOMMANDO]",
        subcommands = {ChecklistLintCommand.class, ChecklistShowCommand.class})
final class ChecklistCommand extends DanishCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
