package dk.praksis.cli;

import dk.praksis.audit.AuditFileLoader;
import dk.praksis.audit.AuditSpec;
import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.files.CaseFiles;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.errors.UsageException;
import dk.praksis.scoring.UnexplainedVerdicts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads and checks every case against a checklist; writes nothing. With an as-of date (from {@code --as-of}
 * or the audit file) it also scores the cases as the audit would and warns where a reviewer's verdict differs
 * from the answers' without a remark.
 */
@Command(name = "validate", aliases = {"valider"},
        description = {"Kontrollerer måleskema og sager uden at skrive noget.",
            "Enten fra en undersøgelsesfil (undersoegelse.yaml), som audit, eller med --checklist og sagerne."
                + " Læser alle filer og mapper (rekursivt: .yaml, .yml, .json, .xlsx og sager.csv) og viser alle fejl"
                + " på én gang, hver med fil, sted og sag.",
            "Med en opgørelsesdato (--as-of eller undersøgelsesfilens) advares desuden om sager, hvor bedømmerens"
                + " samlede vurdering afviger fra svarenes uden en bemærkning; advarsler ændrer ikke"
                + " afslutningskoden.",
            "Afslutningskoder: 0 gyldige, 2 forkert brug, 3 ugyldige sager, 4 personoplysninger."})
final class ValidateCommand extends DanishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"--checklist", "--måleskema"}, paramLabel = "FIL",
            description = "Måleskemaet (YAML), sagerne kontrolleres imod. Går forud for undersøgelsesfilens.")
    Path checklist;

    @Mixin
    AsOfOption asOf;

    @Option(names = {"--masker", "--personfølsomme-tilladt"},
            description = "Stop ikke ved personoplysninger (CPR-numre, e-mailadresser, telefonnumre, navne fra listen),"
                    + " men maskér dem og fortsæt.")
    boolean mask;

    @Mixin
    NameListOption nameList;

    @Parameters(arity = "1..*", paramLabel = "UNDERSØGELSE|SAGER",
            description = "En undersøgelsesfil (undersoegelse.yaml) og/eller sagsfiler og mapper med sager.")
    List<Path> inputs;

    @Override
    public Integer call() {
        CaseReadOptions options = CaseReadOptions.of(mask, nameList.file);
        List<Path> cases = new ArrayList<>(inputs);
        Path checklistFile = checklist;
        LocalDate date = asOf.date();
        LocalDate periodEnd = null;
        if (!cases.isEmpty() && AuditFileLoader.isAuditFile(cases.get(0))) {
            AuditSpec audit = AuditFileLoader.load(cases.remove(0), options).override(checklist, cases, null, date, null);
            checklistFile = audit.checklist();
            cases = audit.cases();
            date = audit.asOf();
            periodEnd = audit.periodTo();
        } else if (checklist == null) {
            throw new UsageException("angiv måleskemaet med --checklist FIL, eller en undersøgelsesfil"
                    + " (undersoegelse.yaml) som første argument");
        }
        if (checklistFile == null || cases.isEmpty()) {
            throw new UsageException("undersøgelsesfilen skal angive måleskema og sager, ellers angiv dem her");
        }
        Checklist cl = ChecklistLoader.load(checklistFile);
        PrintWriter err = spec.commandLine().getErr();
        // Scoring needs the as-of date (and the period's end for items judged then); without them, cases are only
        // checked, as --help and docs/cli.md say.
        UnexplainedVerdicts remarks = null;
        List<String> atPeriodEnd = cl.itemsJudgedAtPeriodEnd();
        if (date != null && periodEnd == null && !atPeriodEnd.isEmpty()) {
            err.println("Bemærk: spørgsmål " + String.join(", ", atPeriodEnd) + " vurderes frem til periodens slutning,"
                    + " så det kontrolleres kun med undersøgelsesfilen (med periode), om en afvigende samlet"
                    + " vurdering har en bemærkning.");
        } else if (date != null) {
            remarks = new UnexplainedVerdicts(cl, date, periodEnd);
        }
        CaseFiles.Summary s = CaseFiles.read(cases, cl, options, remarks == null ? c -> { } : remarks);
        var out = spec.commandLine().getOut();
        if (s.maskedValues() > 0) {
            err.println("Advarsel: " + s.maskedValues()
                    + (s.maskedValues() == 1 ? " personoplysning er maskeret" : " personoplysninger er maskeret")
                    + " (--masker); ret kildefilerne, før de sendes videre.");
        }
        if (remarks != null) {
            remarks.warnings().forEach(w -> err.println("Advarsel: " + w));
        }
        out.println(s.cases() + (s.cases() == 1 ? " sag" : " sager") + " i " + s.files()
                + (s.files() == 1 ? " fil" : " filer") + (s.cases() == 1 ? " er gyldig" : " er gyldige"));
        return 0;
    }
}
