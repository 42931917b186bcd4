package dk.praksis.scoring;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseDocument;
import dk.praksis.cases.CourseEntry;
import dk.praksis.cases.DatedPeriod;
import dk.praksis.cases.Decision;
import dk.praksis.cases.Kommune;
import dk.praksis.cases.Origin;
import dk.praksis.cases.Review;
import dk.praksis.checklist.AnswerScale;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Consequence;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.checklist.ItemType;
import dk.praksis.checklist.Section;
import dk.praksis.checklist.Span;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small checklist and cases built in Java, mirroring checklists/fleksjob-2010.yaml. */
public final class Fixtures {

    public static final Kommune VEJEN = new Kommune("575", "Vejen", "Region Syddanmark");
    public static final Kommune AERO = new Kommune("492", "Ærø", "Region Syddanmark");

    public static final AnswerScale JA_NEJ = new AnswerScale("ja-nej", List.of("ja", "nej", "delvis", "ikke relevant"),
            List.of("ja"), List.of("nej", "delvis"), List.of("ikke relevant"), false);
    public static final AnswerScale LIKERT = new AnswerScale("likert",
            List.of("i høj grad", "i nogen grad", "i ringe grad", "slet ikke"), List.of(), List.of(), List.of(), true);

    public static final ItemSpec.Deadline RV2_SPEC = new ItemSpec.Deadline(ItemSpec.Counting.SAMMENLAGT, null,
            List.of("ledighedsydelse"), new Span(0, 12, 0, 0), new Span(0, 18, 0, 0), "revurderinger", true, 0,
            ItemSpec.MonthCounting.KALENDER);

    private Fixtures() {
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    public static Item item(String id, ItemType type, ItemSpec spec, String consequence, String... caseTypes) {
        return new Item(id, "Spørgsmål " + id + "?", type, List.of(caseTypes), null, consequence, "Regel " + id, null,
                spec, 1);
    }

    public static Checklist checklist() {
        Item vv1 = item("VV1", ItemType.VURDERING, new ItemSpec.Assessment("ja-nej"), "hjemvisning", "bevilling");
        Item vv3 = item("VV3", ItemType.VURDERING, new ItemSpec.Assessment("ja-nej"), "ændring", "bevilling");
        Item ap1 = item("AP1", ItemType.FORLOEB, new ItemSpec.Course("arbejdsprøvninger", 1, "afgørelse.dato", null,
                null, null, null, List.of()), "hjemvisning", "bevilling");
        Item rp1 = item("RP1", ItemType.FULDSTAENDIGHED, new ItemSpec.Completeness("ressourceprofil",
                List.of("uddannelse", "helbred"), 15), "hjemvisning", "bevilling");
        Item rp2 = item("RP2", ItemType.DATO_FOER, new ItemSpec.DateOrder("dokumenter.ressourceprofil.dato",
                "afgørelse.dato", null), "hjemvisning", "bevilling");
        Item rv2 = item("RV2", ItemType.FRIST, RV2_SPEC, "formel", "revurdering");
        Item fv3 = item("FV3", ItemType.VURDERING, new ItemSpec.Assessment("ja-nej"), "formel");
        Item ev1 = item("EV1", ItemType.VURDERING, new ItemSpec.Assessment("likert"), null);
        Map<String, String> types = new LinkedHashMap<>();
        types.put("bevilling", "Bevilling af fleksjob");
        types.put("revurdering", "Revurdering");
        Map<String, AnswerScale> scales = new LinkedHashMap<>();
        scales.put("ja-nej", JA_NEJ);
        scales.put("likert", LIKERT);
        return new Checklist("test-2010", 1, "Testskema", "", List.of("Aktivloven"), types, scales,
                List.of(new Consequence("ændring", "Ville blive ændret", true),
                        new Consequence("hjemvisning", "Ville blive hjemvist", true),
                        new Consequence("formel", "Formelle mangler", false)),
                List.of(new Section("VV", "Varigt", List.of("bevilling"), List.of(vv1, vv3)),
                        new Section("AP", "Arbejdsprøvning", List.of("bevilling"), List.of(ap1)),
                        new Section("RP", "Ressourceprofil", List.of("bevilling"), List.of(rp1, rp2)),
                        new Section("RV", "Revurdering", List.of("revurdering"), List.of(rv2)),
                        new Section("FV", "Formel", List.of(), List.of(fv3, ev1))),
                "test.yaml", "00ff");
    }

    /** A bevilling case that meets every computed item. */
    public static Case grant(String id, Kommune k, Review review) {
        return new Case(id, k, "bevilling", new Decision(d("2010-03-15"), true), Map.of(), List.of(), Map.of(),
                Map.of("arbejdsprøvninger", List.of(new CourseEntry(d("2009-01-05"), d("2009-03-31"), 15.0, "lager",
                        Map.of("funktioner_beskrevet", true)))),
                Map.of("ressourceprofil", new CaseDocument(d("2008-11-01"), Map.of(
                        "uddannelse", "Folkeskole og AMU-kurser som lagerarbejder",
                        "helbred", "Kroniske rygsmerter efter diskusprolaps"))),
                List.of(), Map.of(), review, new Origin("sager.yaml", "1:1", Map.of()));
    }

    /** A revurdering case with the given periods and revurderinger. */
    public static Case reassessment(String id, Kommune k, List<DatedPeriod> periods, List<LocalDate> events,
                                    Review review) {
        return new Case(id, k, "revurdering", new Decision(d("2010-06-01"), true), Map.of(), periods,
                Map.of("revurderinger", events), Map.of(), Map.of(), List.of(), Map.of(), review,
                new Origin("sager.yaml", "1:1", Map.of()));
    }

    public static Review review(String verdict, String... answers) {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i += 2) {
            a.put(answers[i], answers[i + 1]);
        }
        return new Review("R1", a, verdict, null);
    }
}
