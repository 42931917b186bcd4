package dk.praksis.report.pdf;

import dk.praksis.report.AuditReport;
import dk.praksis.report.Edition;
import dk.praksis.report.UnitReport;

/** One report's point of view: the unit it is about (a kommune or the audit) inside its audit, and for whom. */
record UnitView(AuditReport report, UnitReport unit, Edition edition) {

    static final String ALL = "Alle kommuner";

    UnitView {
        if (unit.isTotal() == (edition == Edition.KOMMUNE)) {
            throw new IllegalArgumentException("a kommune's report is the KOMMUNE edition, and only it");
        }
    }

    /** The internal edition for the audit as a whole, the kommune edition for a kommune. */
    UnitView(AuditReport report, UnitReport unit) {
        this(report, unit, unit.isTotal() ? Edition.INTERNAL : Edition.KOMMUNE);
    }

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

    /** The board's text for the kommune this report is about, or null. */
    dk.praksis.boardtext.Prose kommuneNote() {
        return isTotal() ? null : report.text().kommuner().get(unit.kommune().kode());
    }
}
