package dk.praksis.cases.tables;

import dk.praksis.checklist.AnswerScale;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Condition;
import dk.praksis.checklist.Consequence;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.checklist.ItemType;
import dk.praksis.checklist.Section;
import dk.praksis.checklist.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checklists built in code, shaped like checklists/fleksjob-2010.yaml plus the other item kinds. */
final class TestChecklists {

    private TestChecklists() {
    }

    static final List<String> RP_ELEMENTS = List.of("uddannelse", "helbred", "bolig_og_økonomi", "samlet_vurdering");

    /**
     * Items: VV1, AP3, FV1 (ja-nej), TF1 (likert, only when felter.alder is under 40), AP1/AP2 (work trials,
     * AP2 with the flag funktioner_beskrevet), RP1 (ressourceprofil elements), RP2 (ressourceprofil before
     * the decision), RH1 (rehabiliteringsplan elements), RV2 (cumulative ledighedsydelse deadline,
     * event revurderinger), OP1 (3 weeks from datoer.visitation, event første_samtale).
     */
    static Checklist rich() {
        Map<String, String> caseTypes = new LinkedHashMap<>();
        caseTypes.put("bevilling", "Bevilling af fleksjob");
        caseTypes.put("revurdering", "Revurdering af retten til fleksjob");
        Map<String, AnswerScale> scales = new LinkedHashMap<>();
        scales.put("ja-nej", new AnswerScale("ja-nej", List.of("ja", "nej", "delvis", "ikke relevant"), List.of("ja"),
                List.of("nej", "delvis"), List.of("ikke relevant"), false));
        scales.put("likert", new AnswerScale("likert", List.of("i høj grad", "i nogen grad", "i ringe grad", "slet ikke"),
                List.of(), List.of(), List.of(), true));
        List<String> bev = List.of("bevilling");
        Section vv = new Section("VV", "Varigt og væsentligt nedsat arbejdsevne", bev, List.of(
                assess("VV1", "Er der tilstrækkelige lægelige oplysninger?", bev, null, "ja-nej"),
                assess("TF1", "I hvilken grad er borgerens ønsker inddraget?", List.of(),
                        new Condition("felter.alder", Condition.Op.UNDER, List.of("40")), "likert")));
        Section ap = new Section("AP", "Arbejdsprøvning", bev, List.of(
                item("AP1", "Er der gennemført arbejdsprøvning inden afgørelsen?", ItemType.FORLOEB, bev,
                        new ItemSpec.Course("arbejdsprøvninger", 1, "afgørelse.dato", null, null, null, null, List.of())),
                item("AP2", "Er funktionerne beskrevet?", ItemType.FORLOEB, bev,
                        new ItemSpec.Course("arbejdsprøvninger", null, "afgørelse.dato", new Span(0, 3, 0, 0), null,
                                null, null, List.of("funktioner_beskrevet"))),
                assess("AP3", "Er arbejdsprøvningen relevant og dækkende, tilrettelagt efter borgerens skånehensyn?",
                        bev, null, "ja-nej")));
        Section rp = new Section("RP", "Ressourceprofil", bev, List.of(
                item("RP1", "Er ressourceprofilen udfyldt?", ItemType.FULDSTAENDIGHED, bev,
                        new ItemSpec.Completeness("ressourceprofil", RP_ELEMENTS, 15)),
                item("RP2", "Er ressourceprofilen fra før afgørelsen?", ItemType.DATO_FOER, bev,
                        new ItemSpec.DateOrder("dokumenter.ressourceprofil.dato", "afgørelse.dato", null)),
                item("RH1", "Er rehabiliteringsplanen udfyldt?", ItemType.FULDSTAENDIGHED, bev,
                        new ItemSpec.Completeness("rehabiliteringsplan", List.of("beskæftigelse", "helbred"), 15))));
        List<String> rev = List.of("revurdering");
        Section rv = new Section("RV", "Rettidig revurdering", rev, List.of(
                item("RV2", "Er retten til fleksjob revurderet rettidigt?", ItemType.FRIST, rev,
                        new ItemSpec.Deadline(ItemSpec.Counting.SAMMENLAGT, null, List.of("ledighedsydelse"),
                                new Span(0, 12, 0, 0), new Span(0, 18, 0, 0), "revurderinger", true, 0,
                                ItemSpec.MonthCounting.KALENDER)),
                item("OP1", "Er første samtale holdt inden 3 uger efter visitationen?", ItemType.FRIST, rev,
                        new ItemSpec.Deadline(ItemSpec.Counting.FRA_DATO, "datoer.visitation", List.of(),
                                new Span(0, 0, 3, 0), null, "første_samtale", false, 0, ItemSpec.MonthCounting.KALENDER))));
        Section fv = new Section("FV", "Formel vurdering", List.of(), List.of(
                assess("FV1", "Er borgeren partshørt?", List.of(), null, "ja-nej")));
        return new Checklist("test-2010", 1, "Testundersøgelse om fleksjob", "Til test", List.of("LAB"), caseTypes,
                scales, List.of(new Consequence("ændring", "Ville blive ændret", true),
                new Consequence("hjemvisning", "Ville blive hjemvist", true),
                new Consequence("formel", "Formelle mangler", false)),
                List.of(vv, ap, rp, rv, fv), "test.yaml", "0".repeat(64));
    }

    private static Item assess(String id, String text, List<String> caseTypes, Condition cond, String scale) {
        return new Item(id, text, ItemType.VURDERING, caseTypes, cond, "hjemvisning", null, null,
                new ItemSpec.Assessment(scale), 1);
    }

    private static Item item(String id, String text, ItemType type, List<String> caseTypes, ItemSpec spec) {
        return new Item(id, text, type, caseTypes, null, "hjemvisning", null, null, spec, 1);
    }
}
