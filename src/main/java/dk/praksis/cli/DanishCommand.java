package dk.praksis.cli;

import picocli.CommandLine.Option;

/** Base of every command: the Danish help and version options. */
public abstract class DanishCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Vis denne hjælp og afslut.")
    boolean helpRequested;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Vis versionen og afslut.")
    boolean versionRequested;
}
