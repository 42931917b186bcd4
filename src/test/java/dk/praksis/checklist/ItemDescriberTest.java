package dk.praksis.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemDescriberTest {

    private final Checklist fleksjob2010 = ChecklistLoader.load(Path.of("checklists/fleksjob-2010.yaml"));
    private final Checklist fleksjob2013 = ChecklistLoader.load(Path.of("checklists/fleksjob-2013.yaml"));
    /** Version 1 of fleksjob-2010, frozen: its AP2 was a course requirement; it has no betegnelser. */
    private final Checklist fleksjob2010v1 = ChecklistLoader.load(
            Path.of("src/test/resources/maaleskemaer/fleksjob-2010-v1.yaml"));
    private final Checklist tilsyn = ChecklistLoader.load(Path.of("checklists/ledelsestilsyn-ledighedsydelse.yaml"));

    private String rule(Checklist c, String id) {
        return ItemDescriber.rule(c.item(id).orElseThrow(), c);
    }

    @Test
    void cumulativeDeadline() {
        assertThat(rule(fleksjob2010, "RV2")).isEqualTo("Frist: sammenlagt 12 måneder med ledighedsydelse, sygdom"
                + " eller ferie inden for 18 måneder; dage med barsel tæller aldrig med; opfyldes af en"
                + " revurdering; optællingen begynder forfra efter hver;"
                + " vurderes frem til afgørelsen (senere hændelser og perioder tæller ikke)");
    }

    @Test
    void deadlineFromADateWithToleranceAndThirtyDayMonthsNamesNoFieldPath() {
        Item item = new Item("X", "x", ItemType.FRIST, List.of(), null, null, null, null,
                new ItemSpec.Deadline(ItemSpec.Counting.FRA_DATO, "datoer.visitation", List.of(), new Span(0, 0, 3, 0),
                        null, "samtaler", false, 7, ItemSpec.MonthCounting.DAGE_30), 1);
        assertThat(ItemDescriber.rule(item, fleksjob2010)).isEqualTo("Frist: 3 uger fra datoen for visitation;"
                + " opfyldes af en af sagens samtaler; med en tolerance på 7 dage; en måned regnes som 30 dage og et år"
                + " som 365 dage; vurderes frem til opgørelsesdatoen");
        assertThat(rule(fleksjob2013, "LY1")).startsWith("Frist: 3 uger fra visitationen til fleksjob;");
    }

    @Test
    void courseCompletenessAndDateOrderInWords() {
        assertThat(rule(fleksjob2010v1, "AP2")).isEqualTo("Forløb (arbejdsprøvninger): kun forløb afsluttet senest"
                + " på afgørelsens dato tæller; samlet varighed mindst 3 måneder; på hvert forløb er"
                + " »funktioner beskrevet« sat til ja");
        assertThat(rule(fleksjob2010, "RP1")).startsWith("Fuldstændighed: ressourceprofilen skal indeholde alle"
                + " 13 elementer: uddannelse, arbejdsmarkedserfaring,")
                .contains("sociale kompetencer,").endsWith("helbred og samlet vurdering; hvert med mindst 15 tegn");
        assertThat(fleksjob2010.item("RP1").orElseThrow().text()).contains("13 elementer");
        assertThat(rule(fleksjob2010, "RP2")).isEqualTo("Datorækkefølge: datoen for ressourceprofilen skal ligge før"
                + " afgørelsens dato");
        assertThat(rule(fleksjob2013, "FB5")).isEqualTo("Datorækkefølge: datoen for lægeattesten LÆ265 skal ligge"
                + " før mødet i rehabiliteringsteamet");
        assertThat(rule(tilsyn, "RV4")).isEqualTo("Datorækkefølge: det seneste tilbud før revurderingen skal ligge før"
                + " den seneste revurdering, dog højst 12 måneder før");
    }

    @Test
    void noShippedChecklistShowsAFieldPathOrAnUnderscore() {
        for (Checklist c : List.of(fleksjob2010, fleksjob2013, tilsyn)) {
            c.items().forEach(i -> assertThat(ItemDescriber.rule(i, c) + ItemDescriber.applicability(i, c))
                    .as(c.id() + " " + i.id())
                    .doesNotContain("_").doesNotContain("datoer.").doesNotContain("felter.")
                    .doesNotContain("dokumenter.").doesNotContain("afgørelse.dato"));
        }
    }

    @Test
    void applicabilityNamesCaseTypesConditionsAndValidity() {
        assertThat(ItemDescriber.applicability(fleksjob2010.item("FV2").orElseThrow(), fleksjob2010))
                .isEqualTo("Alle sagstyper, når det ikke er oplyst, at afgørelsen giver borgeren fuldt medhold");
        assertThat(ItemDescriber.applicability(fleksjob2010.item("AP1").orElseThrow(), fleksjob2010))
                .isEqualTo("Bevilling af fleksjob, når det ikke er oplyst, at arbejdsprøvning er åbenbart formålsløs");
        assertThat(ItemDescriber.applicability(fleksjob2010.item("RV2").orElseThrow(), fleksjob2010))
                .isEqualTo("Revurdering af retten til fleksjob under ledighedsydelse; kun afgørelser truffet til og med"
                        + " 31.12.2009");
        Item versioned = new Item("X", "x", ItemType.VURDERING, List.of(), null, null, null, null,
                new ItemSpec.Assessment("ja-nej"), 1, Horizon.OPGOERELSESDATO, java.time.LocalDate.of(2010, 7, 1), null);
        assertThat(ItemDescriber.applicability(versioned, fleksjob2010))
                .isEqualTo("Alle sagstyper; kun afgørelser truffet fra 01.07.2010");
    }

    @Test
    void aChecklistsOwnWordsWinOverTheGenericOnes() {
        Labels words = new Labels(Map.of("datoer.visitation", "visitationen", "arbejdsprøvninger", "praktikker"));
        assertThat(words.field("datoer.visitation")).isEqualTo("visitationen");
        assertThat(words.field("datoer.samtale")).isEqualTo("datoen for samtale");
        assertThat(words.field("dokumenter.ressourceprofil.helbred")).isEqualTo("helbred i ressourceprofil");
        assertThat(words.field("hændelser.arbejdsprøvninger")).isEqualTo("den første dato blandt praktikker");
        assertThat(words.field("felter.alder")).isEqualTo("alder");
    }

    @Test
    void assessmentsAndScalesAsSentences() {
        assertThat(rule(fleksjob2010, "VV1")).isEqualTo("Bedømmerens vurdering: svaret »ja« er opfyldt, svarene »nej«"
                + " og »delvis« er ikke opfyldt og svaret »ikke relevant« gør spørgsmålet ikke relevant");
        assertThat(rule(tilsyn, "PL4")).isEqualTo("Bedømmerens vurdering: svarene »i høj grad«, »i nogen grad«,"
                + " »i ringe grad« og »slet ikke« tælles op og giver hverken opfyldt eller ikke opfyldt");
    }
}
