package dk.praksis.report;

import static dk.praksis.report.Fixtures.met;
import static dk.praksis.report.Fixtures.notMet;
import static dk.praksis.report.Fixtures.notRelevant;

import dk.praksis.cases.Kommune;
import dk.praksis.results.AuditInfo;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.ItemResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The edge cases of a kommune's figures, on {@link Fixtures#checklist()}: every output must render them.
 * <ul>
 * <li>Billund (530): two cases, both "kan ikke vurderes" — n = 0 assessable.</li>
 * <li>Ærø (492): one case, in accordance — n = 1.</li>
 * <li>Vejen (575): three cases, all in accordance — all met (population 40: the corrected interval).</li>
 * <li>Odense (461): three cases, none in accordance (ændring, hjemvisning, hjemvisning) — none met.</li>
 * </ul>
 * All kommuner: 9 cases, 7 assessable, 4 in accordance, 3 reversed.
 */
public final class EdgeFixtures {

    public static final Kommune BILLUND = Fixtures.BILLUND;
    public static final Kommune AERO = Fixtures.AERO;
    public static final Kommune VEJEN = Fixtures.VEJEN;
    public static final Kommune ODENSE = new Kommune("461", "Odense", "Region Syddanmark");

    private EdgeFixtures() {
    }

    public static AuditInfo info(int year) {
        return new AuditInfo("Grænsetilfælde " + year, "Nævnet", year, null, LocalDate.of(year, 11, 30),
                Map.of("575", 40));
    }

    public static List<CaseResult> results() {
        return List.of(
                unassessable(BILLUND, "B-01"), unassessable(BILLUND, "B-02"),
                ok(AERO, "A-01"),
                ok(VEJEN, "V-01"), ok(VEJEN, "V-02"), ok(VEJEN, "V-03"),
                failed(ODENSE, "O-01", "VV3", "ændring"),
                failed(ODENSE, "O-02", "VV1", "hjemvisning"),
                failed(ODENSE, "O-03", "VV1", "hjemvisning"));
    }

    /** {@link Fixtures#checklist()} with no consequence counting as a reversal: there is no omgørelsesprocent. */
    public static dk.praksis.checklist.Checklist checklistWithoutReversal() {
        dk.praksis.checklist.Checklist c = Fixtures.checklist();
        return new dk.praksis.checklist.Checklist(c.id(), c.version(), c.title(), c.description(), c.legalBasis(),
                c.caseTypes(), c.scales(), c.consequences().stream()
                        .map(k -> new dk.praksis.checklist.Consequence(k.id(), k.titel(), false)).toList(),
                c.sections(), c.source(), c.sha256());
    }

    public static AuditReport report() {
        return new ReportBuilder().build(Fixtures.checklist(), info(2010), results());
    }

    private static CaseResult ok(Kommune k, String id) {
        return new CaseResult(id, k, "bevilling", List.of(met("VV1"), met("VV3"), met("FV1")), 1.0,
                "i_overensstemmelse", null, false, "R1", null);
    }

    private static CaseResult failed(Kommune k, String id, String item, String consequence) {
        List<ItemResult> items = List.of(
                item.equals("VV1") ? notMet("VV1", consequence, "Sagen er ikke oplyst.") : met("VV1"),
                item.equals("VV3") ? notMet("VV3", consequence, "Arbejdsevnen er ikke varigt nedsat.") : met("VV3"),
                met("FV1"));
        return new CaseResult(id, k, "bevilling", items, 2.0 / 3, consequence, null, false, "R1", null);
    }

    private static CaseResult unassessable(Kommune k, String id) {
        return new CaseResult(id, k, "bevilling", List.of(notRelevant("VV1"), notRelevant("VV3"), notRelevant("FV1")),
                null, "kan_ikke_vurderes", null, false, "R2", null);
    }
}
