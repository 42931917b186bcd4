package dk.praksis.cases.tables;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseDocument;
import dk.praksis.cases.CourseEntry;
import dk.praksis.cases.DatedPeriod;
import dk.praksis.cases.Decision;
import dk.praksis.cases.Kommune;
import dk.praksis.cases.KommuneLookup;
import dk.praksis.cases.Origin;
import dk.praksis.cases.Review;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Kommuner and varied cases for the table tests. */
final class TestCases {

    static final Kommune VEJEN = new Kommune("575", "Vejen", "Region Syddanmark");
    static final Kommune AERO = new Kommune("492", "Ærø", "Region Syddanmark");
    static final Kommune AABENRAA = new Kommune("580", "Aabenraa", "Region Syddanmark");

    /** Finds a kommune by code or exact name, ignoring case. */
    static final KommuneLookup KOMMUNER = text -> List.of(VEJEN, AERO, AABENRAA).stream()
            .filter(k -> k.kode().equals(text.strip()) || k.navn().equalsIgnoreCase(text.strip())).findFirst();

    private static final Origin NO_ORIGIN = new Origin("", "", Map.of());

    private TestCases() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A bevilling with everything: open-ended periods, two documents, course flags, Danish letters. */
    static Case full() {
        Map<String, CaseDocument> docs = new LinkedHashMap<>();
        docs.put("ressourceprofil", new CaseDocument(d("2009-11-01"), Map.of(
                "uddannelse", "Faglært lagerarbejder, truckcertifikat",
                "helbred", "Slidgigt i knæ og ryg; må ikke løfte over 10 kg",
                "bolig_og_økonomi", "Ejerbolig, økonomien er stram efter skilsmissen",
                "samlet_vurdering", "Arbejdsevnen er varigt nedsat; kan arbejde 12-15 timer om ugen")));
        docs.put("rehabiliteringsplan", new CaseDocument(null, Map.of("beskæftigelse", "Ønsker job på lager")));
        Map<String, List<LocalDate>> events = new LinkedHashMap<>();
        events.put("revurderinger", List.of(d("2009-11-20"), d("2010-05-01")));
        events.put("første_samtale", List.of(d("2008-05-19")));
        return new Case("SYD10-0417", VEJEN, "bevilling", new Decision(d("2010-03-15"), true),
                Map.of("visitation", d("2008-05-01")),
                List.of(new DatedPeriod("ledighedsydelse", d("2008-06-01"), d("2009-02-28")),
                        new DatedPeriod("barsel", d("2009-03-01"), d("2009-08-31")),
                        new DatedPeriod("ledighedsydelse", d("2009-09-01"), null)),
                events,
                Map.of("arbejdsprøvninger", List.of(
                        new CourseEntry(d("2009-01-05"), d("2009-03-31"), 12.5, "lager",
                                Map.of("funktioner_beskrevet", false)),
                        new CourseEntry(d("2009-10-01"), null, null, "køkken", Map.of("funktioner_beskrevet", true)))),
                docs, List.of("speciallægeerklæring", "statusattest"), Map.of("alder", "38"),
                new Review("R1", Map.of("VV1", "ja", "AP3", "delvis", "TF1", "i nogen grad", "FV1", "ikke relevant"),
                        Map.of("AP3", "Arbejdsprøvningen beskriver kun lagerarbejde; æ, ø og å."), "hjemvisning", "Det fremgår ikke, hvilke funktioner borgeren ikke kan varetage; \"=SUM(A1)\""),
                NO_ORIGIN);
    }

    /** {@link #full()} scored independently by a second reviewer, who disagrees on VV1, AP3 and the verdict. */
    static Case doubleReviewed() {
        return full().withSecondReview(new Review("R2", Map.of("VV1", "nej", "AP3", "ja", "TF1", "i nogen grad",
                "FV1", "ikke relevant"), Map.of("VV1", "Ressourceprofilen beskriver kun begrænsningerne"),
                "i_overensstemmelse", "Anden bedømmer: tilstrækkeligt oplyst"));
    }

    /** A file without a decision, a date and a field the checklist does not use, no review. */
    static Case noDecision() {
        return new Case("SYD10-0502", AERO, "revurdering", new Decision(null, false),
                Map.of("ansøgning", d("2009-12-24")), List.of(), Map.of(), Map.of(), Map.of(), List.of(),
                Map.of("sagsbehandler", "7"), Review.NONE, NO_ORIGIN);
    }

    /** Only an id. */
    static Case bare() {
        return new Case("SYD10-0999", null, null, null, Map.of(), List.of(), Map.of(), Map.of(), Map.of(),
                List.of(), Map.of(), Review.NONE, NO_ORIGIN);
    }

    static Optional<Case> byId(List<Case> cases, String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
