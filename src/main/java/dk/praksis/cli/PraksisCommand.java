package dk.praksis.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** The top command; only groups the subcommands. */
@Command(name = "praksis",
        versionProvider = VersionProvider.class,
        mixinStandardHelpOptions = false,
        resourceBundle = "dk.praksis.cli.Hjaelp",
        header = "Praksisundersøgelser af kommunale afgørelser.",
        description = {
            "Indlæser anonymiserede sager og et måleskema, vurderer hver sag og skriver rapporter"
                + " pr. kommune og samlet (PDF, Excel, JSON, CSV)."},
        synopsisSubcommandLabel = "[KOMMANDO]")
public final class PraksisCommand extends DanishCommand implements Runnable {

    /**
     * The subcommands in the order the help lists them. {@link Main#commandLine} adds them rather than the
     * annotation, so a run that names its command builds only that one's model.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            AuditCommand.class,
            ValidateCommand.class,
            ChecklistCommand.class,
            TemplateCommand.class,
            CompareCommand.class,
            SampleCommand.class,
            ZeroErrorsCommand.class,
            CompletionCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
