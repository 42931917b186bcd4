package dk.praksis.cases.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableLayoutTest {

    private final TableLayout layout = TableLayout.of(TestChecklists.rich());

    private static List<String> headers(Table t) {
        return t.columns().stream().map(Column::header).toList();
    }

    @Test
    void sagerHasFixedColumnsDatesFieldsAndOneColumnPerReviewerItem() {
        assertThat(headers(layout.sager())).containsExactly("id", "kommune", "sagstype", "afgørelse_dato",
                "afgørelse_foreligger", "visitation", "alder", "lægelige_oplysninger", "bedømmer", "VV1", "TF1",
                "AP3", "FV1", "samlet", "bemærkning", "VV1 begrundelse", "TF1 begrundelse", "AP3 begrundelse",
                "FV1 begrundelse");
        assertThat(layout.sager().column("AP3").orElseThrow().choices())
                .containsExactly("ja", "nej", "delvis", "ikke relevant");
        assertThat(layout.sager().column("samlet").orElseThrow().choices())
                .containsExactly("i_overensstemmelse", "ændring", "hjemvisning", "formel", "kan_ikke_vurderes");
    }

    @Test
    void otherTablesFollowThePeriodsEventsCoursesAndDocumentsTheChecklistNames() {
        assertThat(layout.tables()).extracting(Table::sheet)
                .containsExactly("Sager", "Perioder", "Hændelser", "Arbejdsprøvninger", "Dokumenter", "Anden vurdering");
        assertThat(layout.tables()).extracting(Table::csvFile).containsExactly("sager.csv", "perioder.csv",
                "haendelser.csv", "arbejdsproevninger.csv", "dokumenter.csv", "anden_vurdering.csv");
        assertThat(headers(layout.course("arbejdsprøvninger").orElseThrow()))
                .containsExactly("id", "fra", "til", "timer_pr_uge", "område", "funktioner_beskrevet");
        assertThat(headers(layout.dokumenter())).containsExactly("id", "dokument", "dato", "uddannelse", "helbred",
                "bolig_og_økonomi", "samlet_vurdering", "beskæftigelse");
        assertThat(layout.dokumenter().column("dokument").orElseThrow().choices())
                .containsExactly("ressourceprofil", "rehabiliteringsplan");
        assertThat(layout.perioder().column("type").orElseThrow().choices()).containsExactly("ledighedsydelse");
        assertThat(layout.haendelser().column("hændelse").orElseThrow().choices())
                .containsExactly("revurderinger", "første_samtale");
    }

    @Test
    void headersMatchWithoutRegardToCaseSpacesAndDanishLetters() {
        assertThat(layout.sager().column(" Afgoerelse dato ").orElseThrow().header()).isEqualTo("afgørelse_dato");
        assertThat(layout.sager().column("ap3").orElseThrow().name()).isEqualTo("AP3");
        assertThat(layout.sager().column("datoer.ansøgning").orElseThrow())
                .satisfies(c -> assertThat(c.role()).isEqualTo(Column.Role.DATO))
                .satisfies(c -> assertThat(c.name()).isEqualTo("ansøgning"));
        assertThat(layout.sager().column("noget_andet")).isEmpty();
        assertThat(layout.haendelser().named("hændelser.csv")).isTrue();
        assertThat(layout.course("arbejdsprøvninger").orElseThrow().named("arbejdsprøvninger.csv")).isTrue();
    }
}
