package dk.praksis.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Catches {@code --masker Anders}: a yes/no flag takes no value, so picocli reads the next word as
 * a file to read, and the user would be told that a file named after a person does not exist. The
 * word is never repeated: what someone types after a flag may be a name.
 */
final class FlagFollowedByWord implements CommandLine.IExecutionStrategy {

    private final CommandLine.IExecutionStrategy next;

    FlagFollowedByWord(CommandLine.IExecutionStrategy next) {
        this.next = next;
    }

    @Override
    public int execute(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult command = parsed;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        List<String> args = parsed.originalArgs();
        for (int i = 0; i + 1 < args.size(); i++) {
            OptionSpec flag = command.commandSpec().findOption(args.get(i));
            String word = args.get(i + 1);
            if (flag != null && flag.arity().max() == 0 && !word.startsWith("-") && !exists(word)) {
                throw new DanishParameterExceptionHandler.DanishUsage(command.commandSpec().commandLine(), args.get(i)
                        + " tager ingen værdi, men ordet efter den er hverken en fil eller en mappe (ordet vises ikke,"
                        + " da det kan være en personoplysning); skriv " + args.get(i) + " alene");
            }
        }
        return next.execute(parsed);
    }

    private static boolean exists(String word) {
        try {
            return Files.exists(Path.of(word));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
