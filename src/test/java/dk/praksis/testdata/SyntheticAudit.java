package dk.praksis.testdata;

import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.report.AuditReport;
import dk.praksis.report.ReportBuilder;
import dk.praksis.results.AuditInfo;
import dk.praksis.scoring.Scorer;

/** The report model of an audit of synthetic fleksjob-2010 cases, for tests of reports at size. */
public final class SyntheticAudit {

    private SyntheticAudit() {
    }

    public static AuditReport report(int cases, long seed) {
        Checklist checklist = ChecklistLoader.load(ChecklistVocabulary.FLEKSJOB_2010);
        Scorer scorer = new Scorer(checklist, SyntheticCases.AS_OF);
        return new ReportBuilder().build(checklist,
                new AuditInfo("Syntetisk praksisundersøgelse", "Test", 2011, null, SyntheticCases.AS_OF),
                SyntheticCases.fleksjob2010().generate(cases, seed).stream().map(scorer::score).toList());
    }
}
