package dk.praksis.testdata;

import dk.praksis.cases.Case;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.report.AuditReport;
import dk.praksis.report.ReportBuilder;
import dk.praksis.results.AuditInfo;
import dk.praksis.scoring.Scorer;
import java.util.List;
import java.util.stream.Stream;

/** The report model of an audit of synthetic fleksjob-2010 cases, for tests of reports at size. */
public final class SyntheticAudit {

    private SyntheticAudit() {
    }

    public static AuditReport report(int cases, long seed) {
        return report(SyntheticCases.fleksjob2010().generate(cases, seed).stream());
    }

    /** As {@link #report(int, long)}, with every case in one kommune (the first case's): one long attachment. */
    public static AuditReport reportOfOneKommune(int cases, long seed) {
        List<Case> generated = SyntheticCases.fleksjob2010().generate(cases, seed);
        return report(ScalePopulation.spread(generated.stream(), List.of(generated.get(0).kommune())));
    }

    private static AuditReport report(Stream<Case> cases) {
        Checklist checklist = ChecklistLoader.load(ChecklistVocabulary.FLEKSJOB_2010);
        Scorer scorer = new Scorer(checklist, SyntheticCases.AS_OF);
        return new ReportBuilder().build(checklist,
                new AuditInfo("Syntetisk praksisundersøgelse", "Test", 2011, null, SyntheticCases.AS_OF),
                cases.map(scorer::score).toList());
    }
}
