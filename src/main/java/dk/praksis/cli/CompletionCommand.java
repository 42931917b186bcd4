package dk.praksis.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints a bash completion script: {@code source <(praksis completion)}. */
@Command(name = "completion", aliases = {"fuldfoerelse"},
        description = {"Skriver et bash-script til fuldførelse af kommandoer med Tab.",
            "Brug: source <(./praksis completion)"})
final class CompletionCommand extends DanishCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().print(AutoComplete.bash("praksis", Main.commandLine()));
        spec.commandLine().getOut().flush();
    }
}
