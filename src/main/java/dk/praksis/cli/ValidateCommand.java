package dk.praksis.cli;

import dk.praksis.cases.CaseFiles;
import dk.praksis.cases.CaseReadOptions;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Reads and checks every case against a checklist; writes nothing. */
@Command(name = "validate", aliases = {"valider"},
        description = {"Kontrollerer måleskema og sager uden at skrive noget.",
            "Læser alle filer og mapper (rekursivt: .yaml, .yml, .json, .xlsx og sager.csv) og viser alle fejl på én gang,"
                + " hver med fil, sted og sag. Afslutningskode 3 ved ugyldige sager, 4 ved personoplysninger."})
final class ValidateCommand extends DanishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"--checklist", "--måleskema"}, required = true, paramLabel = "FIL",
            description = "Måleskemaet (YAML), sagerne kontrolleres imod.")
    Path checklist;

    @Option(names = {"--masker", "--personfølsomme-tilladt"},
            description = "Stop ikke ved personoplysninger (CPR-numre, e-mailadresser, telefonnumre, navne fra listen),"
                    + " men maskér dem og fortsæt.")
    boolean mask;

    @Mixin
    NameListOption nameList;

    @Parameters(arity = "1..*", paramLabel = "SAGER", description = "Sagsfiler eller mapper med sager.")
    List<Path> cases;

    @Override
    public Integer call() {
        Checklist cl = ChecklistLoader.load(checklist);
        CaseReadOptions options = CaseReadOptions.of(mask, nameList.file);
        CaseFiles.Summary s = CaseFiles.read(cases, cl, options, c -> { });
        var out = spec.commandLine().getOut();
        if (s.maskedValues() > 0) {
            spec.commandLine().getErr().println("Advarsel: " + s.maskedValues()
                    + (s.maskedValues() == 1 ? " personoplysning er maskeret" : " personoplysninger er maskeret")
                    + " (--masker); ret kildefilerne, før de sendes videre.");
        }
        out.println(s.cases() + (s.cases() == 1 ? " sag" : " sager") + " i " + s.files()
                + (s.files() == 1 ? " fil" : " filer") + (s.cases() == 1 ? " er gyldig" : " er gyldige"));
        return 0;
    }
}
