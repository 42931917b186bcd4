package dk.praksis.report;

import dk.praksis.results.AuditInfo;
import dk.praksis.cases.Kommune;
import dk.praksis.checklist.AnswerScale;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Consequence;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.checklist.ItemType;
import dk.praksis.checklist.Section;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.ItemResult;
import dk.praksis.scoring.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small hand-made audit: three kommuner, twelve cases, results written by hand (no scorer involved). */
public final class Fixtures {

    public static final Kommune AERO = new Kommune("492", "Ærø", "Region Syddanmark");
    public static final Kommune VEJEN = new Kommune("575", "Vejen", "Region Syddanmark");
    public static final Kommune BILLUND = new Kommune("530", "Billund", "Region Syddanmark");

    private Fixtures() {
    }

    public static Checklist checklist() {
        AnswerScale jaNej = new AnswerScale("ja-nej", List.of("ja", "nej", "delvis", "ikke relevant"), List.of("ja"),
                List.of("nej", "delvis"), List.of("ikke relevant"), false);
        AnswerScale likert = new AnswerScale("likert", List.of("i høj grad", "i nogen grad", "i ringe grad", "slet ikke"),
                List.of(), List.of(), List.of(), true);
        Section vv = new Section("VV", "Varigt og væsentligt nedsat arbejdsevne", List.of("bevilling"), List.of(
                item("VV1", "Er der tilstrækkelige lægelige oplysninger?", "ja-nej", "hjemvisning", "LAB § 70"),
                item("VV3", "Er vurderingen i overensstemmelse med regler og praksis?", "ja-nej", "ændring", "LAB § 70")));
        Section fv = new Section("FV", "Formel vurdering", List.of(), List.of(
                item("FV1", "Er borgeren partshørt?", "ja-nej", "formel", "Forvaltningsloven § 19")));
        Section tf = new Section("TF", "Borgerens oplevelse", List.of(), List.of(
                item("TF1", "Føler borgeren sig hørt?", "likert", null, null)));
        Map<String, String> caseTypes = new LinkedHashMap<>();
        caseTypes.put("bevilling", "Bevilling af fleksjob");
        caseTypes.put("revurdering", "Revurdering af retten til fleksjob");
        return new Checklist("test-2010", 2, "Testundersøgelse", "Til test", List.of("LAB"), caseTypes,
                Map.of("ja-nej", jaNej, "likert", likert),
                List.of(new Consequence("ændring", "Ville blive ændret eller ophævet", true),
                        new Consequence("hjemvisning", "Ville blive hjemvist", true),
                        new Consequence("formel", "Formelle mangler", false)),
                List.of(vv, fv, tf), "test.yaml", "abc123");
    }

    private static Item item(String id, String text, String scale, String consequence, String rule) {
        return new Item(id, text, ItemType.VURDERING, List.of(), null, consequence, rule, null,
                new ItemSpec.Assessment(scale), 1);
    }

    public static AuditInfo info() {
        return new AuditInfo("Praksisundersøgelse om fleksjob 2010", "Beskæftigelsesankenævnet Syddanmark", 2010,
                "1. januar – 30. juni 2010", LocalDate.of(2010, 11, 30), Map.of("575", 40));
    }

    /**
     * Vejen (6): OK, OK, hjemvisning, formel, ændring, kan_ikke_vurderes.
     * Ærø (4): OK, OK, OK, hjemvisning (reviewer; derived formel, a disagreement).
     * Billund (2): OK, OK.
     */
    public static List<CaseResult> results() {
        List<CaseResult> r = new ArrayList<>();
        r.add(ok(VEJEN, "V-01", "R1", "i høj grad"));
        r.add(ok(VEJEN, "V-02", "R2", "i nogen grad"));
        r.add(result(VEJEN, "V-03", List.of(notMet("VV1", "hjemvisning", "Der mangler speciallægeerklæring."),
                met("VV3"), met("FV1"), counted("TF1", "i høj grad")), 2.0 / 3, "hjemvisning", null, "R1",
                "Sagen er ikke tilstrækkeligt oplyst."));
        r.add(result(VEJEN, "V-04", List.of(met("VV1"), met("VV3"), notMet("FV1", "formel", "Ingen partshøring."),
                counted("TF1", "slet ikke")), 2.0 / 3, "formel", null, "R2", "=SUM(A1)"));
        r.add(result(VEJEN, "V-05", List.of(met("VV1"), notMet("VV3", "ændring", "Arbejdsevnen er ikke varigt nedsat."),
                met("FV1"), counted("TF1", "i ringe grad")), 2.0 / 3, "ændring", null, "R1", null));
        r.add(result(VEJEN, "V-06", List.of(notRelevant("VV1"), notRelevant("VV3"), notRelevant("FV1"),
                counted("TF1", "i høj grad")), null, "kan_ikke_vurderes", null, "R1", "Ingen afgørelse i sagen."));
        r.add(ok(AERO, "A-02", "R3", "i høj grad"));
        r.add(ok(AERO, "A-01", "R3", "i høj grad"));
        r.add(ok(AERO, "A-03", "R3", "i nogen grad"));
        r.add(result(AERO, "A-04", List.of(met("VV1"), met("VV3"), notMet("FV1", "formel", "Ingen partshøring."),
                counted("TF1", "i nogen grad")), 2.0 / 3, "formel", "hjemvisning", "R3", "Bør hjemvises."));
        r.add(ok(BILLUND, "B-01", "R2", "i høj grad"));
        r.add(new CaseResult("B-02", BILLUND, "revurdering", List.of(notRelevant("VV1"), notRelevant("VV3"), met("FV1"),
                counted("TF1", "i høj grad")), 1.0, "i_overensstemmelse", null, false, "R2", null));
        return r;
    }

    /**
     * {@link #results()} with every case scored a second time by another reviewer, who agrees except on V-03's
     * verdict (i_overensstemmelse for hjemvisning), A-04's (formel for hjemvisning), V-04's TF1 (i ringe grad for
     * slet ikke) and A-03's TF1 (i høj grad for i nogen grad). VV1 pairs are the first answers (ja or nej) twice.
     */
    public static List<CaseResult> doubleReviewed() {
        Map<String, String> verdicts = Map.of("V-03", "i_overensstemmelse", "A-04", "formel");
        Map<String, String> tf1 = Map.of("V-04", "i ringe grad", "A-03", "i høj grad");
        return results().stream().map(c -> {
            Map<String, dk.praksis.scoring.SecondReview.AnswerPair> answers = new LinkedHashMap<>();
            c.items().stream().filter(i -> i.itemId().equals("VV1") && i.value() != null).forEach(i ->
                    answers.put("VV1", new dk.praksis.scoring.SecondReview.AnswerPair(i.value(), i.value())));
            c.items().stream().filter(i -> i.itemId().equals("TF1")).forEach(i -> answers.put("TF1",
                    new dk.praksis.scoring.SecondReview.AnswerPair(i.value(), tf1.getOrDefault(c.caseId(), i.value()))));
            String second = "R2".equals(c.reviewer()) ? "R1" : "R2";
            return new CaseResult(c.caseId(), c.kommune(), c.caseType(), c.items(), c.score(), c.derivedVerdict(),
                    c.reviewerVerdict(), c.disagreement(), c.reviewer(), c.remark(),
                    new dk.praksis.scoring.SecondReview(second, verdicts.getOrDefault(c.caseId(), c.verdict()), answers));
        }).toList();
    }

    /** {@link #results()} with V-03's reason carrying dates, as a deadline's reason does. */
    public static List<CaseResult> resultsWithDatedReason() {
        return results().stream().map(c -> !c.caseId().equals("V-03") ? c : new CaseResult(c.caseId(), c.kommune(),
                c.caseType(), c.items().stream().map(i -> !i.itemId().equals("VV1") ? i : notMet("VV1", "hjemvisning",
                        "Revurdering 20.11.2009 lå 47 dage efter fristen 04.10.2009.")).toList(), c.score(),
                c.derivedVerdict(), c.reviewerVerdict(), c.disagreement(), c.reviewer(), c.remark())).toList();
    }

    private static CaseResult ok(Kommune k, String id, String reviewer, String likert) {
        return result(k, id, List.of(met("VV1"), met("VV3"), met("FV1"), counted("TF1", likert)), 1.0,
                "i_overensstemmelse", null, reviewer, null);
    }

    private static CaseResult result(Kommune k, String id, List<ItemResult> items, Double score, String derived,
                                     String reviewerVerdict, String reviewer, String remark) {
        boolean disagreement = reviewerVerdict != null && !reviewerVerdict.equals(derived);
        return new CaseResult(id, k, "bevilling", items, score, derived, reviewerVerdict, disagreement, reviewer, remark);
    }

    static ItemResult met(String id) {
        return new ItemResult(id, Outcome.OPFYLDT, "ja", "Besvaret ja.", null);
    }

    static ItemResult notMet(String id, String consequence, String reason) {
        return new ItemResult(id, Outcome.IKKE_OPFYLDT, "nej", reason, consequence);
    }

    static ItemResult notRelevant(String id) {
        return new ItemResult(id, Outcome.IKKE_RELEVANT, null, "Ikke relevant for sagen.", null);
    }

    static ItemResult counted(String id, String value) {
        return new ItemResult(id, Outcome.OPTALT, value, "Besvaret: " + value + ".", null);
    }

    /**
     * {@code blocks} times four (reviewer, derived) verdict pairs — (ok, ok), (ok, hjemvisning),
     * (hjemvisning, hjemvisning), (formel, formel) — plus one case without a reviewer verdict.
     * Every block leaves the shares, and so Cohen's kappa (7/11), unchanged.
     */
    public static List<CaseResult> agreementCases(int blocks) {
        List<CaseResult> results = new java.util.ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            results.add(verdicts("A1-" + b, "i_overensstemmelse", "i_overensstemmelse"));
            results.add(verdicts("A2-" + b, "i_overensstemmelse", "hjemvisning"));
            results.add(verdicts("A3-" + b, "hjemvisning", "hjemvisning"));
            results.add(verdicts("A4-" + b, "formel", "formel"));
            results.add(verdicts("A5-" + b, null, "ændring"));
            // No decision: derived "kan ikke vurderes" by definition, so the pair says nothing and is left out.
            results.add(verdicts("A6-" + b, "kan_ikke_vurderes", "kan_ikke_vurderes"));
        }
        return results;
    }

    private static CaseResult verdicts(String id, String reviewer, String derived) {
        return new CaseResult(id, VEJEN, "bevilling", List.of(), null, derived, reviewer,
                reviewer != null && !reviewer.equals(derived), "R1", null);
    }
}
