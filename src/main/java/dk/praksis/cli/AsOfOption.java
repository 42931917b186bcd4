package dk.praksis.cli;

import dk.praksis.cases.DanishDates;
import dk.praksis.errors.UsageException;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --as-of}: the audit's opgørelsesdato, the same option with the same meaning for every command that scores. */
final class AsOfOption {

    @Option(names = {"--as-of", "--opgørelsesdato"}, paramLabel = "DATO",
            description = "Opgørelsesdatoen, fx 2010-11-30: frister, der ikke er nået på denne dag, er ikke relevante.")
    String value;

    /** The date, or null when not given; a usage error (exit 2) when it is not a date. */
    LocalDate date() {
        return value == null ? null : DanishDates.parse(value)
                .orElseThrow(() -> new UsageException("--as-of: " + DanishDates.notADate("datoen")));
    }
}
