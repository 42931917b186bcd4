package dk.praksis.report.pdf;

import dk.praksis.report.AuditReport;
import dk.praksis.report.UnitReport;

/** One report's point of view: the unit it is about (a kommune or the audit) inside its audit. */
record UnitView(AuditReport report, UnitReport unit) {

    static final String ALL = "Alle kommuner";

    boolean isTotal() {
        return unit.isTotal();
    }

    /** The unit's name as a column heading. */
    String label() {
        return isTotal() ? ALL : unit.kommune().navn();
    }

    UnitReport all() {
        return report.total();
    }

    /** "95 %-interval" */
    String intervalLabel() {
        return Fmt.level(report.method().confidenceLevel()) + "-interval";
    }
}
