package dk.praksis.cli;

import dk.praksis.audit.SafeOutput;
import dk.praksis.cases.tables.CaseWorkbookWriter;
import dk.praksis.cases.tables.TableLayout;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.errors.ExitCode;
import dk.praksis.errors.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the reviewers' Excel workbook for a checklist. */
@Command(name = "template", aliases = {"skabelon"},
        description = {"Laver en Excel-skabelon, som bedømmerne udfylder: arket Sager med én kolonne og en"
                + " rulleliste pr. spørgsmål, arkene Perioder og Hændelser, et ark pr. forløb (fx Arbejdsprøvninger),"
                + " arket Dokumenter og en vejledning.",
            "Den udfyldte skabelon læses af 'praksis validate' og 'praksis audit'. Samme måleskema giver altid"
                + " præcis den samme fil."})
final class TemplateCommand extends DanishCommand implements Callable<Integer> {

    @Option(names = "--checklist", required = true, paramLabel = "FIL",
            description = "Måleskemaet (YAML), som skabelonen laves ud fra.")
    Path checklist;

    @Option(names = "--out", required = true, paramLabel = "FIL.xlsx", description = "Skabelonen, der skrives.")
    Path out;

    @Option(names = "--force", description = "Overskriv FIL.xlsx, hvis den findes.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException("--out skal være en .xlsx-fil, fx --out skabelon.xlsx");
        }
        if (Files.isDirectory(out)) {
            throw new UsageException(out + " er en mappe; skriv filens navn, fx --out " + out.resolve("skabelon.xlsx"));
        }
        SafeOutput.checkFileWritable(out, force, "--out"); // before the work, not after
        Checklist c = ChecklistLoader.load(checklist);
        SafeOutput.writeFile(out, force, "--out", CaseWorkbookWriter.bytes(c, List.of()));
        TableLayout layout = TableLayout.of(c);
        spec.commandLine().getOut().println("Skabelon skrevet: " + out + " (måleskema " + c.id() + ", version "
                + c.version() + "; ark: " + String.join(", ", layout.tables().stream().map(t -> t.sheet()).toList())
                + ", Vejledning)");
        return ExitCode.OK.code();
    }
}
