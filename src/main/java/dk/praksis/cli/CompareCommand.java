package dk.praksis.cli;

import dk.praksis.audit.SafeOutput;
import dk.praksis.audit.VerifiedOutput;
import dk.praksis.compare.AuditYear;
import dk.praksis.compare.AuditYears;
import dk.praksis.compare.Comparer;
import dk.praksis.compare.Comparison;
import dk.praksis.report.ComparisonOutputs;
import dk.praksis.compare.ComparisonSummary;
import dk.praksis.compare.ItemMapping;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `praksis compare`: compares two or more audit years from their results files. */
@Command(name = "compare", aliases = {"sammenlign"},
        description = {"Sammenligner resultater fra to eller flere undersøgelser (fx to år) pr. kommune og samlet:"
                + " andele med konfidensintervaller (95 %%), ændringer i procentpoint med interval og Fishers test,"
                + " en trendtest over tre eller flere år og Benjamini–Hochbergs korrektion for mange sammenligninger.",
            "Skriver sammenligning.json, sammenligning.xlsx og sammenligning.pdf i MAPPE."})
final class CompareCommand extends DanishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "RESULTATER",
            description = "Resultatfiler (resultater.json) skrevet af 'praksis audit'; mindst to.")
    List<Path> files;

    @Option(names = {"--out", "--udmappe"}, required = true, paramLabel = "MAPPE",
            description = "Mappen, der skrives til. Den må ikke findes i forvejen, medmindre --force er givet.")
    Path out;

    @Option(names = "--force", description = "Overskriv MAPPE, hvis den findes.")
    boolean force;

    @Option(names = "--mapping", paramLabel = "FIL",
            description = "YAML-fil, der angiver hvilke spørgsmål der svarer til hinanden på tværs af år,"
                    + " fx {2010/AP2: 2011/AP2b}.")
    Path mapping;

    @Override
    public Integer call() throws Exception {
        VerifiedOutput earlierOutput = SafeOutput.checkWritable(out, force);
        ItemMapping declared = mapping == null ? ItemMapping.none() : ItemMapping.read(mapping);
        List<AuditYear> years = AuditYears.read(files);
        // A draft's figures may still change after høring: say so before anyone quotes the comparison.
        PrintWriter err = spec.commandLine().getErr();
        years.stream().filter(y -> y.results().audit().isDraft()).forEach(y -> err.println("Advarsel: " + y.source()
                + " (" + y.label() + ") er et udkast til høring (audit --udkast); tallene kan ændre sig efter høringen."
                + " Sammenlign de endelige resultater, før tallene bruges."));
        err.flush();
        Comparison comparison = Comparer.compare(years, declared);
        SafeOutput.write(out, force, earlierOutput, dir -> {
            try {
                ComparisonOutputs.writeInto(comparison, dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        PrintWriter w = spec.commandLine().getOut();
        ComparisonSummary.lines(comparison).forEach(w::println);
        w.println();
        w.println("Skrevet til " + out);
        w.flush();
        return 0;
    }
}
