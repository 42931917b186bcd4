package dk.praksis.cli;

import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistDescription;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.errors.ExitCode;
import dk.praksis.audit.SafeOutput;
import dk.praksis.report.pdf.ChecklistPdf;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows a checklist as readable text: what is asked, of which cases, and the reading of the law behind it. */
@Command(name = "show", aliases = {"vis"},
        description = "Viser et måleskema som læsbar tekst eller skriver det som PDF (--pdf): afsnit, spørgsmål, hvornår de gælder, reglen i klart "
                + "sprog og regelgrundlaget.")
final class ChecklistShowCommand extends DanishCommand implements Callable<Integer> {

    private static final String INDENT = "       ";

    @Parameters(paramLabel = "FIL", arity = "1", description = "Måleskemaet (YAML).")
    Path file;

    @Option(names = "--pdf", paramLabel = "UD",
            description = "Skriv måleskemaet som PDF (PDF/A-2b) til UD i stedet for at vise det som tekst.")
    Path pdf;

    @Option(names = "--force", description = "Overskriv UD, hvis filen findes.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Checklist c = ChecklistLoader.load(file);
        PrintWriter out = spec.commandLine().getOut();
        if (pdf != null) {
            SafeOutput.writeFile(pdf, force, "--pdf", ChecklistPdf.bytes(c));
            out.println("Skrev " + pdf);
            return ExitCode.OK.code();
        }
        ChecklistDescription d = ChecklistDescription.of(c);
        out.println(d.heading());
        if (d.description() != null) {
            out.println();
            out.println(d.description());
        }
        heading(out, "Regelgrundlag");
        d.legalBasis().forEach(r -> out.println("  - " + r));
        heading(out, "Sagstyper");
        d.caseTypes().forEach(t -> out.println("  - " + t));
        heading(out, "Svarskalaer");
        d.scales().forEach(t -> out.println("  - " + t));
        heading(out, "Konsekvenser ved ikke opfyldte spørgsmål (alvorligste først)");
        d.consequences().forEach(t -> out.println("  - " + t));
        heading(out, "Forrang");
        out.println("  " + d.precedence());
        for (ChecklistDescription.SectionText s : d.sections()) {
            heading(out, "Afsnit " + s.id() + ": " + s.title() + " (gælder: " + s.appliesTo() + ")");
            for (ChecklistDescription.ItemText i : s.items()) {
                item(out, i);
            }
        }
        return ExitCode.OK.code();
    }

    private static void item(PrintWriter out, ChecklistDescription.ItemText i) {
        out.println();
        out.println("  " + pad(i.id()) + i.text());
        line(out, "Gælder", i.appliesTo());
        line(out, "Sådan vurderes det", i.rule());
        if (i.consequence() != null) {
            line(out, "Ved ikke opfyldt", i.consequence());
        }
        if (i.legalSource() != null) {
            line(out, "Regel", i.legalSource());
        }
        if (i.reading() != null) {
            line(out, "Vores læsning", i.reading());
        }
    }

    private static void heading(PrintWriter out, String title) {
        out.println();
        out.println(title);
    }

    private static void line(PrintWriter out, String label, String value) {
        out.println(INDENT + label + ": " + value);
    }

    private static String pad(String id) {
        return id.length() >= INDENT.length() - 2 ? id + " " : String.format("%-" + (INDENT.length() - 2) + "s", id);
    }
}
