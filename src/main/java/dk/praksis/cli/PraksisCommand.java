package dk.praksis.cli;

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
        synopsisSubcommandLabel = "[KOMMANDO]",
        subcommands = {
            AuditCommand.class,
            ValidateCommand.class,
            ChecklistCommand.class,
            TemplateCommand.class,
            CompareCommand.class,
            SampleCommand.class,
            ZeroErrorsCommand.class,
            CompletionCommand.class
        })
public final class PraksisCommand extends DanishCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
