package dk.praksis.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --navneliste}: the board's own list of names that are personal data, shared by every reading command. */
final class NameListOption {

    @Option(names = "--navneliste", paramLabel = "FIL",
            description = "Navne eller mønstre, der også er personoplysninger: ét pr. linje; /.../ er et regulært udtryk;"
                    + " linjer, der begynder med #, springes over.")
    Path file;
}
