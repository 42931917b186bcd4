package dk.praksis.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemDescriberTest {

    private final Checklist fleksjob2010 = ChecklistLoader.load(Path.of("checklists/fleksjob-2010.yaml"));
    /** Version 1 of fleksjob-2010, frozen: its AP2 was a course requirement. */
    private final Checklist fleksjob2010v1 = ChecklistLoader.load(
            Path.of("src/test/resources/maaleskemaer/fleksjob-2010-v1.yaml"));
    private final Checklist tilsyn = ChecklistLoader.load(Path.of("checklists/ledelsestilsyn-ledighedsydelse.yaml"));

    private String rule(Checklist c, String id) {
        return ItemDescriber.rule(c.item(id).orElseThrow(), c);
    }

    @Test
    void cumulativeDeadline() {
        assertThat(rule(fleksjob2010, "RV2")).isEqualTo("Frist: sammenlagt 12 måneder med ledighedsydelse eller sygdom"
                + " eller ferie inden for 18 måneder; dage med barsel eller sorgorlov tæller aldrig med; opfyldes af en"
                + " revurdering; optællingen begynder forfra efter hver; vurderes frem til afgørelsen (senere hændelser og"
                + " perioder tæller ikke); gælder for afgørelser truffet til og med 31.12.2009");
    }

    @Test
    void deadlineFromADateWithToleranceAndThirtyDayMonths() {
        Item item = new Item("X", "x", ItemType.FRIST, List.of(), null, null, null, null,
                new ItemSpec.Deadline(ItemSpec.Counting.FRA_DATO, "datoer.visitation", List.of(), new Span(0, 0, 3, 0),
                        null, "samtaler", false, 7, ItemSpec.MonthCounting.DAGE_30), 1);
        assertThat(ItemDescriber.rule(item, fleksjob2010)).isEqualTo("Frist: 3 uger fra datoer.visitation; opfyldes af"
                + " en dato under hændelsen samtaler; med en tolerance på 7 dage; en måned regnes som 30 dage og et år"
                + " som 365 dage; vurderes frem til opgørelsesdatoen");
    }

    @Test
    void courseCompletenessAndDateOrder() {
        assertThat(rule(fleksjob2010v1, "AP2")).isEqualTo("Forløb (arbejdsprøvninger): kun forløb afsluttet senest"
                + " afgørelse.dato tæller; samlet varighed mindst 3 måneder; på hvert forløb er funktioner_beskrevet opfyldt");
        assertThat(rule(fleksjob2010, "RP1")).startsWith("Fuldstændighed: dokumentet ressourceprofil skal indeholde alle"
                + " 13 elementer: uddannelse, arbejdsmarkedserfaring,").endsWith("samlet_vurdering; hvert med mindst 15 tegn");
        assertThat(rule(fleksjob2010, "RP2")).isEqualTo("Datorækkefølge: dokumenter.ressourceprofil.dato skal ligge før"
                + " afgørelse.dato");
        assertThat(rule(tilsyn, "RV4")).isEqualTo("Datorækkefølge: datoer.seneste_tilbud_før_revurdering skal ligge før"
                + " datoer.seneste_revurdering, dog højst 12 måneder før");
    }

    @Test
    void assessmentsAndScales() {
        assertThat(rule(fleksjob2010, "VV1")).isEqualTo("Bedømmerens vurdering på skalaen ja-nej");
        assertThat(rule(tilsyn, "PL4")).isEqualTo("Bedømmerens vurdering på skalaen likert (tællende: svarene tælles op"
                + " og giver hverken opfyldt eller ikke opfyldt)");
        assertThat(ItemDescriber.scale(fleksjob2010.scales().get("ja-nej")))
                .isEqualTo("opfyldt: ja · ikke opfyldt: nej, delvis · ikke relevant: ikke relevant");
        assertThat(ItemDescriber.scale(tilsyn.scales().get("likert")))
                .isEqualTo("tællende: i høj grad, i nogen grad, i ringe grad, slet ikke");
    }
}
