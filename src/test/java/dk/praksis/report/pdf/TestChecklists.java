package dk.praksis.report.pdf;

import dk.praksis.checklist.AnswerScale;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Consequence;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.checklist.ItemType;
import dk.praksis.checklist.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small checklist built in code, with Danish letters in every kind of text. */
final class TestChecklists {

    private TestChecklists() {
    }

    static Checklist small() {
        AnswerScale jaNej = new AnswerScale("ja-nej", List.of("ja", "nej", "delvis", "ikke relevant"), List.of("ja"),
                List.of("nej", "delvis"), List.of("ikke relevant"), false);
        Map<String, String> types = new LinkedHashMap<>();
        types.put("bevilling", "Bevilling af fleksjob");
        types.put("revurdering", "Revurdering af retten til fleksjob");
        Section vv = new Section("VV", "Varigt og væsentligt nedsat arbejdsevne", List.of("bevilling"), List.of(
                item("VV1", "Er der tilstrækkelige lægelige oplysninger?", "hjemvisning", "Aktivlovens § 74"),
                item("VV2", "Er borgerens ressourcer beskrevet, også fritidsaktiviteter?", "hjemvisning",
                        "BEK nr. 1402 af 13. december 2006")));
        Section fv = new Section("FV", "Formel vurdering", List.of(), List.of(
                item("FV1", "Er borgeren partshørt?", "formel", "Forvaltningsloven § 19"),
                item("FV3", "Indeholder afgørelsen klagevejledning?", "formel", "Forvaltningsloven § 25")));
        return new Checklist("test-2010", 1, "Praksisundersøgelse om fleksjob – Ærø og Åbenrå",
                "Bevilling af fleksjob før reformen i 2013.", List.of("Lov om aktiv socialpolitik §§ 74–74 h",
                "Forvaltningsloven §§ 19–25"), types, Map.of("ja-nej", jaNej),
                List.of(new Consequence("ændring", "Ville blive ændret eller ophævet", true),
                        new Consequence("hjemvisning", "Ville blive hjemvist", true),
                        new Consequence("formel", "Formelle mangler", false)),
                List.of(vv, fv), "test.yaml", "00");
    }

    private static Item item(String id, String text, String consequence, String rule) {
        return new Item(id, text, ItemType.VURDERING, List.of(), null, consequence, rule, null,
                new ItemSpec.Assessment("ja-nej"), 1);
    }
}
