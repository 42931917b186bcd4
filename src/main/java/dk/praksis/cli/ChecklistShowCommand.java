package dk.praksis.cli;

import dk.praksis.cases.ItemApplicability;
import dk.praksis.checklist.AnswerScale;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.checklist.Consequence;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemDescriber;
import dk.praksis.checklist.Section;
import dk.praksis.errors.ExitCode;
import dk.praksis.audit.SafeOutput;
import dk.praksis.report.pdf.ChecklistPdf;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        out.println(c.title());
        out.println("Måleskema " + c.id() + ", version " + c.version());
        if (c.description() != null) {
            out.println();
            out.println(c.description());
        }
        heading(out, "Regelgrundlag");
        c.legalBasis().forEach(r -> out.println("  - " + r));
        heading(out, "Sagstyper");
        c.caseTypes().forEach((id, label) -> out.println("  " + id + ": " + label));
        heading(out, "Svarskalaer");
        for (AnswerScale s : c.scales().values()) {
            out.println("  " + s.id() + ": " + ItemDescriber.scale(s));
        }
        heading(out, "Konsekvenser (værst først)");
        int rank = 1;
        for (Consequence k : c.consequences()) {
            out.println("  " + rank++ + ". " + k.id() + ": " + k.titel()
                    + (k.reversal() ? " (tæller med i omgørelsesprocenten)" : ""));
        }
        if (c.hasOwnPrecedence()) {
            heading(out, "Forrang i den afledte samlede vurdering (den første går forud)");
            out.println("  " + String.join(", ", c.precedence()));
        }
        for (Section s : c.sections()) {
            heading(out, "Afsnit " + s.id() + ": " + s.title()
                    + (s.caseTypes().isEmpty() ? "" : " (sagstyper: " + String.join(", ", s.caseTypes()) + ")"));
            for (Item i : s.items()) {
                item(out, c, i);
            }
        }
        return ExitCode.OK.code();
    }

    private static void item(PrintWriter out, Checklist c, Item i) {
        out.println();
        out.println("  " + pad(i.id()) + i.text());
        line(out, "Type", i.type().key());
        line(out, "Gælder", applicability(c.caseTypes(), i));
        line(out, "Regel i klart sprog", ItemDescriber.rule(i, c));
        if (i.consequence() != null) {
            line(out, "Ved ikke opfyldt", i.consequence() + " (" + c.verdictLabel(i.consequence()) + ")");
        }
        if (i.rule() != null) {
            line(out, "Regel", i.rule());
        }
        if (i.note() != null) {
            line(out, "Vores læsning", i.note());
        }
    }

    private static String applicability(Map<String, String> caseTypes, Item i) {
        List<String> types = i.caseTypes().isEmpty() ? List.copyOf(caseTypes.keySet()) : i.caseTypes();
        String text = (types.size() == 1 ? "sagstypen " : "sagstyperne ") + String.join(", ", types);
        return i.condition() == null ? text : text + ", når " + ItemApplicability.describe(i.condition());
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
