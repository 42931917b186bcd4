package dk.praksis.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.errors.Problem;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guard's walk over a case: what it masks, where it reports, and that it leaves clean parts alone. */
class PersonalDataGuardTest {

    private final PersonalDataGuard guard = new PersonalDataGuard(PersonalDataDetector.STANDARD);

    @Test
    void aCaseWithoutPersonalDataComesBackAsItself() {
        Case c = withDocument(Map.of("uddannelse", "Udlært smed, æ ø å"), "Bemærkning om forløbet");
        PersonalDataGuard.Result r = guard.check(c);
        assertThat(r.problems()).isEmpty();
        assertThat(r.maskedValues()).isZero();
        assertThat(r.masked()).isSameAs(c);
    }

    @Test
    void masksOnlyTheTextsThatHoldPersonalDataAndKeepsTheRestInOrder() {
        Map<String, String> elements = new LinkedHashMap<>();
        elements.put("uddannelse", "Udlært smed");
        elements.put("helbred", "Ring på 22 33 44 55");
        elements.put("samlet_vurdering", "Skånebehov");
        Case c = withDocument(elements, "Borgeren 010203-1234 er orienteret");
        PersonalDataGuard.Result r = guard.check(c);

        assertThat(r.maskedValues()).isEqualTo(2);
        assertThat(r.masked().documents().get("ressourceprofil").elements()).containsExactly(
                Map.entry("uddannelse", "Udlært smed"), Map.entry("helbred", "Ring på [telefonnummer fjernet]"),
                Map.entry("samlet_vurdering", "Skånebehov"));
        assertThat(r.masked().documents().get("ressourceprofil").date()).isEqualTo(LocalDate.of(2009, 3, 1));
        assertThat(r.masked().review().remark()).isEqualTo("Borgeren [CPR-nummer fjernet] er orienteret");
        assertThat(r.masked().review().answers()).isEqualTo(c.review().answers());
        assertThat(r.masked().periods()).isEqualTo(c.periods());
        assertThat(r.problems()).extracting(Problem::line).containsExactly(
                "sager.yaml:9:20 (sag SYD10-0001): dokumenter.ressourceprofil.helbred indeholder et telefonnummer;"
                        + " fjern det fra filen, eller kør med --masker for at erstatte det med"
                        + " \"[telefonnummer fjernet]\"",
                "sager.yaml:12:7 (sag SYD10-0001): vurdering.bemærkning indeholder et CPR-nummer; fjern det fra filen,"
                        + " eller kør med --masker for at erstatte det med \"[CPR-nummer fjernet]\"");
    }

    private static Case withDocument(Map<String, String> elements, String remark) {
        Case base = TestCases.revurdering();
        Map<String, String> places = new LinkedHashMap<>(base.origin().places());
        places.put("dokumenter.ressourceprofil.helbred", "9:20");
        places.put("vurdering.bemærkning", "12:7");
        return new Case(base.id(), base.kommune(), base.caseType(), base.decision(), base.dates(), base.periods(),
                base.events(), base.courses(), Map.of("ressourceprofil", new CaseDocument(LocalDate.of(2009, 3, 1),
                elements)), List.of("lægeattest"), base.fields(), new Review("R1", base.review().answers(), null,
                remark), new Origin("sager.yaml", "2:5", places));
    }
}
