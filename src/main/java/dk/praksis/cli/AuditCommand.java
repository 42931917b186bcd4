package dk.praksis.cli;

import dk.praksis.audit.AuditFileLoader;
import dk.praksis.audit.AuditOutcome;
import dk.praksis.audit.AuditRun;
import dk.praksis.audit.AuditSpec;
import dk.praksis.audit.AuditSummary;
import dk.praksis.audit.OutputRenderer;
import dk.praksis.cases.CaseReadOptions;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.UsageException;
import dk.praksis.hoering.HearingPackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs an audit from an audit file and/or flags; the pipeline lives in dk.praksis.audit. */
@Command(name = "audit", aliases = {"undersøg", "undersoeg"},
        description = {"Kører en praksisundersøgelse og skriver resultater og rapporter.",
            "Enten fra en undersøgelsesfil (undersoegelse.yaml) eller med --checklist, --out, --as-of og sagerne."
                + " Tilvalg går forud for undersøgelsesfilens værdier. Intet skrives, før hele kørslen er lykkedes;"
                + " en eksisterende outputmappe overskrives kun med --force.",
            "Afslutningskoder: 0 gennemført, 1 intern fejl, 2 forkert brug, 3 ugyldigt input, 4 personoplysninger, 5 output findes, 6 output kan ikke skrives, 7 for lidt hukommelse."})
final class AuditCommand extends DanishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"--checklist", "--måleskema"}, paramLabel = "FIL", description = "Måleskemaet (YAML).")
    Path checklist;

    @Option(names = {"--out", "--udmappe"}, paramLabel = "MAPPE", description = "Mappen, resultaterne skrives i.")
    Path out;

    @Mixin
    AsOfOption asOf;

    @Option(names = {"--title", "--titel"}, paramLabel = "TEKST", description = "Undersøgelsens titel.")
    String title;

    @Option(names = {"--force", "--overskriv"},
            description = "Erstat en eksisterende outputmappe (først når den nye er skrevet færdig).")
    boolean force;

    @Option(names = {"--masker", "--personfølsomme-tilladt"},
            description = "Stop ikke ved personoplysninger, men maskér dem og fortsæt.")
    boolean mask;

    @Mixin
    NameListOption nameList;

    @Option(names = {"--udkast"},
            description = "Skriv et udkast til høring: hver PDF og projektmappe er mærket »Udkast – til høring«,"
                    + " mappen hedder ...-udkast, og der er en høringspakke pr. kommune i mappen hoering/.")
    boolean draft;

    @Option(names = {"--stille"}, description = "Vis ikke fremdrift undervejs.")
    boolean quiet;

    @Parameters(paramLabel = "UNDERSØGELSE|SAGER",
            description = "En undersøgelsesfil (undersoegelse.yaml) og/eller sagsfiler og mapper med sager.")
    List<Path> inputs = new ArrayList<>();

    /**
     * Starts, on threads of their own, what every audit needs and can set up before it has read anything: the
     * checklist schema's validator and the PDFs' fonts and charts. Main calls it before picocli builds the command,
     * while the second core has nothing else to do.
     */
    static void prepare() {
        ChecklistLoader.prepare();
        AuditRun.allRenderers().forEach(OutputRenderer::prepare);
    }

    @Override
    public Integer call() {
        List<Path> caseInputs = new ArrayList<>(inputs);
        LocalDate asOfDate = asOf.date();
        // Without --checklist the first argument must be the audit file; a typo in its name would
        // otherwise surface as a confusing list of missing settings.
        if (checklist == null && !caseInputs.isEmpty() && looksLikeYaml(caseInputs.get(0))
                && Files.notExists(caseInputs.get(0))) {
            throw new InvalidInputException(caseInputs.get(0).toString(), "filen eller mappen findes ikke");
        }
        CaseReadOptions options = CaseReadOptions.of(mask, nameList.file);
        AuditSpec audit;
        if (!caseInputs.isEmpty() && AuditFileLoader.isAuditFile(caseInputs.get(0))) {
            audit = AuditFileLoader.load(caseInputs.remove(0), options)
                    .override(checklist, caseInputs, out, asOfDate, title);
        } else {
            audit = AuditSpec.ofFlags(checklist, caseInputs, out, asOfDate, title);
        }
        List<OutputRenderer> renderers = new ArrayList<>(AuditRun.allRenderers());
        if (draft) {
            audit = audit.asDraft();
            renderers.add(new HearingPackage());
        }
        AuditOutcome outcome = AuditRun.standard(renderers).run(audit, options, force,
                TerminalProgress.choose(System.console() != null, quiet, System.err));
        AuditSummary.lines(outcome, audit.output().toAbsolutePath().normalize())
                .forEach(spec.commandLine().getOut()::println);
        return 0;
    }

    private static boolean looksLikeYaml(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
