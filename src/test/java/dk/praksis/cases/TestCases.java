package dk.praksis.cases;

import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid cases for the shipped fleksjob-2010 checklist, in YAML and as Java objects. */
final class TestCases {

    static final Path CHECKLIST = Path.of("src/test/resources/maaleskemaer/fleksjob-2010-v1.yaml");

    private TestCases() {
    }

    static Checklist checklist() {
        return ChecklistLoader.load(CHECKLIST);
    }

    /** One valid bevilling case as an item of {@code sager:} (indented for it). */
    static String bevillingYaml(String id, String kommune) {
        return """
                  - id: %s
                    kommune: %s
                    sagstype: bevilling
                    afgørelse: {dato: 2010-03-15}
                    perioder:
                      - {type: sygedagpenge, fra: 2008-09-01, til: 2009-08-31}
                    arbejdsprøvninger:
                      - {fra: 2009-01-05, til: 2009-04-30, timer_pr_uge: 15, funktioner_beskrevet: true}
                    dokumenter:
                      ressourceprofil: {dato: 2009-03-01, uddannelse: "Udlært mekaniker, 9 års skolegang"}
                    vurdering:
                      bedømmer: R1
                      svar: {VV1: ja, VV2: ja, VV3: ja, AP3: ja, RP3: nej, FV1: ja, FV2: ja, FV3: ja}
                      samlet: hjemvisning
                """.formatted(id, kommune);
    }

    static String revurderingYaml(String id, String kommune) {
        return """
                  - id: %s
                    kommune: %s
                    sagstype: revurdering
                    afgørelse: {dato: 2010-02-01}
                    perioder:
                      - {type: ledighedsydelse, fra: 2008-06-01}
                    hændelser: {revurderinger: [2009-05-20]}
                    vurdering:
                      svar: {RV1: ja, FV1: ja, FV2: ja, FV3: "Ikke relevant"}
                """.formatted(id, kommune);
    }

    static String file(String... cases) {
        return "sager:\n" + String.join("", cases);
    }

    /** A valid revurdering case built in Java, as any reader could produce it. */
    static Case revurdering() {
        Map<String, String> places = new LinkedHashMap<>();
        places.put("id", "2:5");
        places.put("afgørelse", "5:5");
        places.put("afgørelse.dato", "5:17");
        places.put("perioder[1]", "7:9");
        places.put("perioder[1].til", "7:40");
        places.put("perioder[2]", "8:9");
        places.put("vurdering.svar", "10:7");
        places.put("vurdering.svar.RV1", "10:14");
        places.put("vurdering.samlet", "11:7");
        return new Case("SYD10-0001", KommuneRegister.standard().find("Vejen").orElseThrow(), "revurdering",
                new Decision(LocalDate.of(2010, 2, 1), true), Map.of(),
                List.of(new DatedPeriod("ledighedsydelse", LocalDate.of(2008, 6, 1), LocalDate.of(2009, 5, 31)),
                        new DatedPeriod("barsel", LocalDate.of(2009, 6, 1), null)),
                Map.of("revurderinger", List.of(LocalDate.of(2009, 5, 20))),
                Map.of(), Map.of(), List.of(), Map.of(),
                new Review("R1", Map.of("RV1", "ja", "FV1", "ja", "FV2", "nej", "FV3", "ja"), null, null),
                new Origin("sager.yaml", "2:5", places));
    }
}
