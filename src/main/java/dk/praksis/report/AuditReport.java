package dk.praksis.report;

import dk.praksis.results.AuditInfo;
import dk.praksis.checklist.Checklist;
import java.util.List;

/**
 * Everything the reports of one audit say.
 *
 * @param total    the audit as a whole
 * @param kommuner one per kommune, sorted by name (Danish order); also the rows of the kommunefordelte resultater
 * @param intake   which cases called in arrived and which were left out, or {@link Intake#NONE}
 */
public record AuditReport(AuditInfo info, Checklist checklist, UnitReport total, List<UnitReport> kommuner,
                          MethodFacts method, Intake intake) {

    public AuditReport {
        kommuner = List.copyOf(kommuner);
    }

    /** A report without an account of the cases called in. */
    public AuditReport(AuditInfo info, Checklist checklist, UnitReport total, List<UnitReport> kommuner,
                       MethodFacts method) {
        this(info, checklist, total, kommuner, method, Intake.NONE);
    }

    /** This report with the account of which cases called in arrived. */
    public AuditReport withIntake(Intake newIntake) {
        return new AuditReport(info, checklist, total, kommuner, method, newIntake);
    }
}
