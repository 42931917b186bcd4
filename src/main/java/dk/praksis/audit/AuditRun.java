package dk.praksis.audit;

import dk.praksis.boardtext.BoardText;
import dk.praksis.boardtext.BoardTextLoader;
import dk.praksis.cases.Case;
import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.KommuneRegister;
import dk.praksis.cases.PersonalDataDetector;
import dk.praksis.cases.PersonalDataGuard;
import dk.praksis.cases.files.CaseFiles;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.errors.PersonalDataException;
import dk.praksis.errors.Problem;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.checklist.Section;
import dk.praksis.compare.Comparison;
import dk.praksis.corrections.AppliedCorrection;
import dk.praksis.corrections.CorrectionSet;
import dk.praksis.corrections.CorrectionsReader;
import dk.praksis.errors.UsageException;
import dk.praksis.io.OwnThread;
import dk.praksis.report.AuditReport;
import dk.praksis.report.Colophon;
import dk.praksis.report.Concurrently;
import dk.praksis.report.ReportBuilder;
import dk.praksis.report.ReportTally;
import dk.praksis.results.AuditInfo;
import dk.praksis.results.CaseStore;
import dk.praksis.results.CorrectionTrail;
import dk.praksis.results.ResultsBuilder;
import dk.praksis.results.ResultsFile;
import dk.praksis.results.ResultsTallies;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.Scorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The audit pipeline: load the checklist, read the cases and score each one as it streams in,
 * then let every renderer write into a temporary folder that replaces the output folder only when
 * the whole run succeeded. Memory grows with the result rows, not with the size of the input files.
 */
public final class AuditRun {

    /** Reads cases and hands each valid one to the sink; returns how many values were masked. */
    @FunctionalInterface
    public interface CaseSource {
        int read(List<Path> inputs, Checklist checklist, CaseReadOptions options, Consumer<Case> sink);
    }

    private final Function<Path, Checklist> checklists;
    private final CaseSource cases;
    private final List<OutputRenderer> renderers;
    private final int inMemoryCases;
    private final Path spillFolder;

    public AuditRun(Function<Path, Checklist> checklists, CaseSource cases, List<OutputRenderer> renderers) {
        this(checklists, cases, renderers, CaseStore.IN_MEMORY_UP_TO, null);
    }

    private AuditRun(Function<Path, Checklist> checklists, CaseSource cases, List<OutputRenderer> renderers,
                     int inMemoryCases, Path spillFolder) {
        this.checklists = checklists;
        this.cases = cases;
        this.renderers = List.copyOf(renderers);
        this.inMemoryCases = inMemoryCases;
        this.spillFolder = spillFolder;
    }

    /**
     * This run with the scored cases kept in memory only up to {@code cases} (0: none), the rest in a file in
     * {@code folder} (null: the system's temporary folder).
     */
    public AuditRun withCaseStore(int cases, Path folder) {
        return new AuditRun(checklists, this.cases, renderers, cases, folder);
    }

    /** The real stages, with the given renderers. */
    public static AuditRun standard(List<OutputRenderer> renderers) {
        return new AuditRun(ChecklistLoader::load,
                (inputs, checklist, options, sink) -> CaseFiles.read(inputs, checklist, options, sink).maskedValues(),
                renderers);
    }

    /** The results files only (resultater.json and resultater.csv). */
    public static List<OutputRenderer> resultRenderers() {
        return List.of(new JsonResultsRenderer(), new CsvResultsRenderer());
    }

    /** Everything an audit writes: the results files, the workbooks and the PDFs. */
    public static List<OutputRenderer> allRenderers() {
        return List.of(new JsonResultsRenderer(), new CsvResultsRenderer(), ReportRenderers.EXCEL, ReportRenderers.PDF);
    }

    /**
     * @throws UsageException                      when the spec lacks the checklist, cases, output or as-of date
     * @throws dk.praksis.errors.OutputExistsException when the output exists and {@code force} is false
     */
    public AuditOutcome run(AuditSpec spec, CaseReadOptions options, boolean force) {
        return run(spec, options, force, Progress.SILENT);
    }

    /** As {@link #run(AuditSpec, CaseReadOptions, boolean)}, telling {@code progress} how far it is. */
    public AuditOutcome run(AuditSpec spec, CaseReadOptions options, boolean force, Progress progress) {
        try {
            return runWith(spec, options, force, progress);
        } finally {
            progress.finished();
        }
    }

    private AuditOutcome runWith(AuditSpec given, CaseReadOptions options, boolean force, Progress progress) {
        requireComplete(given);
        AuditSpec spec = guardTexts(given, options);
        Function<Path, Checklist> readOnce = once(checklists);
        // Fail before the work, not after: the output folder is checked (its files hashed) on a thread of its own
        // while the checklist and texts are read, and its failure (exit 5) wins over theirs, as when it ran first.
        CompletableFuture<VerifiedOutput> outputCheck = OwnThread.start("praksis-udmappe",
                () -> SafeOutput.checkWritable(spec.output(), force));
        Checklist checklist;
        EarlierAudits.Pending earlierYears;
        BoardText text;
        VerifiedOutput earlierOutput;
        try {
            checklist = readOnce.apply(spec.checklist());
            requirePeriodEnd(spec, checklist);
            earlierYears = EarlierAudits.start(spec, earlier -> {
                requireComplete(earlier);
                return score(earlier, readOnce.apply(earlier.checklist()), options, Progress.SILENT, null).results();
            });
            text = BoardTextLoader.load(spec.publication().text(), options);
        } finally {
            earlierOutput = OwnThread.await(outputCheck);
        }
        try (CaseStore store = new CaseStore(inMemoryCases, spillFolder)) {
            Scored s = score(spec, checklist, options, progress, store);
            BoardTextLoader.requireKnown(text, "undersøgelsesfilen",
                    checklist.sections().stream().map(Section::id).toList(), store.ids());
            Comparison followUp = earlierYears.compare(s.results());
            AuditReport report = new ReportBuilder().build(checklist, s.results().audit(), s.report(), store)
                    .withText(text).withFollowUp(followUp).withColophon(colophon(spec.publication()));
            if (spec.sampleList() != null) {
                report = report.withIntake(new IntakeAccount(KommuneRegister.standard(),
                        new PersonalDataGuard(new PersonalDataDetector(options.extraPatterns())))
                        .account(spec.sampleList(), spec.dropped(), store.idsByKommune()));
            }
            report = report.withCorrections(s.corrections());
            AuditOutcome outcome = new AuditOutcome(spec, checklist, store.inCaseOrder(), s.results(), report,
                    s.masked(), s.unexplained().count(), s.unexplained().firstIds());
            progress.writing();
            SafeOutput.write(spec.output(), force, earlierOutput, dir -> render(outcome, dir));
            return outcome;
        } // the store's file is deleted also when the run fails or runs out of memory (exit 7)
    }

    /** Every renderer's files on one bounded pool; those that read the others' files after them, in order. */
    private void render(AuditOutcome outcome, Path dir) {
        List<Concurrently.Job> jobs = new ArrayList<>();
        renderers.stream().filter(r -> !r.readsEarlierOutput()).forEach(r -> jobs.addAll(r.jobs(outcome, dir)));
        try {
            Concurrently.run(jobs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        renderers.stream().filter(OutputRenderer::readsEarlierOutput).forEach(r -> r.render(outcome, dir));
    }

    /**
     * Reads each checklist file once per run: a follow-up's earlier audits usually name the same file as
     * the audit itself. The path is the key as given, so a checklist names its file as it would unshared.
     */
    private static Function<Path, Checklist> once(Function<Path, Checklist> load) {
        Map<Path, Checklist> loaded = new HashMap<>();
        return file -> {
            synchronized (loaded) { // the earlier audits are read on a thread of their own
                Checklist checklist = loaded.get(file);
                if (checklist == null) {
                    checklist = load.apply(file);
                    loaded.put(file, checklist);
                }
                return checklist;
            }
        };
    }

    private static Colophon colophon(Publication p) {
        return new Colophon(p.published(), p.contact(), p.journalNumber(), p.isbn());
    }

    /**
     * The cases of one audit scored and counted, and its results file; {@code masked} values of personal data
     * replaced; the corrections after høring applied before scoring. {@code report} is null for an earlier audit of
     * a follow-up, whose results carry the counts only: a follow-up compares counts, never lists earlier cases.
     */
    private record Scored(ResultsFile results, ReportTally report, UnexplainedCases unexplained, int masked,
                          List<AppliedCorrection> corrections) {
    }

    /** Scores the audit's cases into {@code store} (null: count them only) and the tallies. */
    private Scored score(AuditSpec spec, Checklist checklist, CaseReadOptions options, Progress progress,
                         CaseStore store) {
        Scorer scorer = new Scorer(checklist, spec.asOf(), spec.periodTo());
        DecisionsBeforeAsOf decisions = new DecisionsBeforeAsOf(spec.asOf());
        ResultsTallies counts = new ResultsTallies(checklist);
        ReportTally report = new ReportTally(checklist);
        UnexplainedCases unexplained = new UnexplainedCases(AuditSummary.NAMED_CASES);
        CorrectionSet.Applier corrections = corrections(spec, checklist, options).applier();
        int masked = cases.read(spec.cases(), checklist, options, c -> {
            decisions.check(c);
            CaseResult r = scorer.score(corrections.apply(c));
            counts.add(r);
            if (store != null) {
                store.add(r);
                report.add(r);
                unexplained.add(r);
            }
            progress.caseScored();
        });
        decisions.finish();
        List<AppliedCorrection> applied = corrections.finish();
        ResultsFile results = CorrectionTrail.annotate(ResultsBuilder.build(info(spec, checklist), checklist, counts,
                store == null ? List.of() : store.inCaseOrder()), applied);
        return new Scored(results, store == null ? null : report, unexplained, masked, applied);
    }

    /** The corrections file the audit file names, read and checked before any case is scored. */
    private static CorrectionSet corrections(AuditSpec spec, Checklist checklist, CaseReadOptions options) {
        Path file = spec.hearing().corrections();
        return file == null ? CorrectionSet.NONE
                : new CorrectionsReader(checklist, new PersonalDataGuard(options.detector())).read(file);
    }

    static AuditInfo info(AuditSpec spec, Checklist checklist) {
        AuditInfo info = new AuditInfo(spec.title() != null ? spec.title() : checklist.title(), spec.sender(),
                spec.year(), spec.period(), spec.asOf(), spec.population());
        return spec.hearing().draft() ? info.asDraft() : info;
    }

    /**
     * The title (also from --title), sender and period reach every PDF page, the metadata and the results
     * files: masked, or refused naming the field, never the value. (The audit file's loader has already
     * said where in the file; this covers the command line.)
     */
    private static AuditSpec guardTexts(AuditSpec spec, CaseReadOptions options) {
        PersonalDataDetector detector = options.detector();
        List<Problem> problems = new ArrayList<>();
        String[] texts = {spec.title(), spec.sender(), spec.period()};
        String[] names = {"titlen (--title eller titel i undersøgelsesfilen)", "afsender i undersøgelsesfilen",
            "periode i undersøgelsesfilen"};
        for (int i = 0; i < texts.length; i++) {
            List<PersonalDataDetector.Finding> found = detector.find(texts[i]);
            String name = names[i];
            found.stream().map(PersonalDataDetector.Finding::kind).distinct().forEach(kind -> problems.add(
                    new Problem(name, null, "indeholder " + kind.withArticle() + "; fjern det, eller kør med --masker"
                            + " for at erstatte det med \"" + kind.mask() + "\"")));
            texts[i] = texts[i] == null ? null : detector.mask(texts[i], found);
        }
        if (problems.isEmpty()) {
            return spec;
        }
        if (!options.maskPersonalData()) {
            throw new PersonalDataException(problems);
        }
        return new AuditSpec(texts[0], texts[1], spec.year(), texts[2], spec.asOf(), spec.checklist(), spec.cases(),
                spec.output(), spec.population(), spec.periodFrom(), spec.periodTo(), spec.sampleList(),
                spec.dropped(), spec.publication(), spec.hearing());
    }

    /** Items judged at the period's end need the audit file's {@code periode: {til}}. */
    private static void requirePeriodEnd(AuditSpec spec, Checklist checklist) {
        List<String> ids = checklist.itemsJudgedAtPeriodEnd();
        if (!ids.isEmpty() && spec.periodTo() == null) {
            throw new InvalidInputException(checklist.source(), "spørgsmål " + String.join(", ", ids)
                    + " vurderes frem til periodens slutning (horisont: periodens_slutning), men undersøgelsen har "
                    + "ingen periode med slutdato; skriv fx periode: {fra: 2011-01-01, til: 2011-06-30} i "
                    + "undersoegelse.yaml");
        }
    }

    private static void requireComplete(AuditSpec spec) {
        List<String> missing = new ArrayList<>();
        if (spec.checklist() == null) {
            missing.add("måleskema (--checklist)");
        }
        if (spec.cases().isEmpty()) {
            missing.add("sager (SAGER)");
        }
        if (spec.output() == null) {
            missing.add("output (--out)");
        }
        if (spec.asOf() == null) {
            missing.add("opgørelsesdato (--as-of)");
        }
        if (!missing.isEmpty()) {
            throw new UsageException("Undersøgelsen mangler " + String.join(", ", missing)
                    + ": angiv dem i undersoegelse.yaml eller som tilvalg; se praksis audit --help");
        }
    }
}
