package dk.praksis.report;

import dk.praksis.boardtext.BoardText;
import dk.praksis.compare.Comparison;
import dk.praksis.compare.UnitComparison;
import dk.praksis.corrections.AppliedCorrection;
import dk.praksis.results.AuditInfo;
import dk.praksis.checklist.Checklist;
import java.util.List;
import java.util.Optional;

/**
 * Everything the reports of one audit say.
 *
 * @param total    the audit as a whole
 * @param kommuner one per kommune, sorted by name (Danish order); also the rows of the kommunefordelte resultater
 * @param text     the board's own text; every case it cites is among {@code total}'s cases
 * @param followUp this audit compared with the earlier ones the audit file names (as {@code praksis compare}
 *                 does), or null when it names none
 * @param colophon publication date, contact, journal number and ISBN
 * @param intake   which cases called in arrived and which were left out, or {@link Intake#NONE}
 * @param corrections the corrections made after høring, by case id; empty when none
 */
public record AuditReport(AuditInfo info, Checklist checklist, UnitReport total, List<UnitReport> kommuner,
                          MethodFacts method, BoardText text, Comparison followUp, Colophon colophon,
                          Intake intake, List<AppliedCorrection> corrections) {

    public AuditReport {
        kommuner = List.copyOf(kommuner);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        text = text == null ? BoardText.NONE : text;
        colophon = colophon == null ? Colophon.NONE : colophon;
        intake = intake == null ? Intake.NONE : intake;
    }

    /** A report with figures only, no text of the board's own. */
    public AuditReport(AuditInfo info, Checklist checklist, UnitReport total, List<UnitReport> kommuner,
                       MethodFacts method) {
        this(info, checklist, total, kommuner, method, BoardText.NONE, null, Colophon.NONE, Intake.NONE, List.of());
    }

    /** The case with this id, as the Sagsoversigt shows it. */
    public Optional<CaseRow> caseRow(String id) {
        return total.cases().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** This report with the board's text (its citations already checked against the cases). */
    public AuditReport withText(BoardText boardText) {
        return new AuditReport(info, checklist, total, kommuner, method, boardText, followUp, colophon, intake, corrections);
    }

    /** This report with its follow-up on earlier audits (null for none). */
    public AuditReport withFollowUp(Comparison comparison) {
        return new AuditReport(info, checklist, total, kommuner, method, text, comparison, colophon, intake, corrections);
    }

    /** This report with its colophon. */
    public AuditReport withColophon(Colophon c) {
        return new AuditReport(info, checklist, total, kommuner, method, text, followUp, c, intake, corrections);
    }

    /** The date the report's files carry: the publication date, else the as-of date. */
    public java.time.LocalDate date() {
        return colophon.dateOr(info.asOf());
    }

    /**
     * The follow-up for a unit of this report: all kommuner, or a kommune that took part in an earlier audit too;
     * empty without a follow-up or for a kommune that is new.
     */
    public Optional<UnitComparison> followUp(UnitReport unit) {
        if (followUp == null) {
            return Optional.empty();
        }
        if (unit.isTotal()) {
            return Optional.of(followUp.total());
        }
        return followUp.kommuner().stream().filter(u -> u.kommune().kode().equals(unit.kommune().kode())).findFirst();
    }

    /** This report with the corrections made after høring. */
    public AuditReport withCorrections(List<AppliedCorrection> list) {
        return new AuditReport(info, checklist, total, kommuner, method, text, followUp, colophon, intake, list);
    }

    /** The corrections made to this unit's cases: all of them, or one kommune's. */
    public List<AppliedCorrection> corrections(UnitReport unit) {
        return unit.isTotal() ? corrections
                : corrections.stream().filter(c -> unit.kommune().equals(c.kommune())).toList();
    }

    /** This report with the account of which cases called in arrived. */
    public AuditReport withIntake(Intake newIntake) {
        return new AuditReport(info, checklist, total, kommuner, method, text, followUp, colophon, newIntake, corrections);
    }
}
