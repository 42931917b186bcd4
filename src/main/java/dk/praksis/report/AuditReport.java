package dk.praksis.report;

import dk.praksis.checklist.Checklist;
import java.util.List;

/**
 * Everything the reports of one audit say.
 *
 * @param total    the audit as a whole
 * @param kommuner one per kommune, sorted by name (Danish order); also the rows of the kommunefordelte resultater
 */
public record AuditReport(AuditInfo info, Checklist checklist, UnitReport total, List<UnitReport> kommuner,
                          MethodFacts method) {

    public AuditReport {
        kommuner = List.copyOf(kommuner);
    }
}
