package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistDescription;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.checklist.ItemDescriber;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistPdfTest {

    private final Checklist checklist = TestChecklists.small();

    @Test
    void rendersEveryQuestionWithItsLegalSourceAndDanishLetters(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("måleskema.pdf");
        ChecklistPdf.write(checklist, out);
        try (PdfText pdf = new PdfText(Files.readAllBytes(out))) {
            String text = pdf.text();
            assertThat(text).contains("Praksisundersøgelse om fleksjob – Ærø og Åbenrå")
                    .contains("Varigt og væsentligt nedsat arbejdsevne")
                    .contains("VV1").contains("Er der tilstrækkelige lægelige oplysninger?")
                    .contains("FV3").contains("Forvaltningsloven § 25")
                    .contains("Ville blive hjemvist").contains("Formelle mangler")
                    .contains("Bevilling af fleksjob")
                    .contains("Side 1 af " + pdf.pageCount());
            assertThat(pdf.pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Måleskema: Praksisundersøgelse om fleksjob – Ærø og Åbenrå");
            assertThat(pdf.pdf.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
            assertThat(pdf.outline()).containsExactly("Måleskema",
                    "  Varigt og væsentligt nedsat arbejdsevne", "  Formel vurdering");
            assertThat(pdf.fonts()).isNotEmpty().allMatch(f -> f.endsWith("(indlejret)"));
        }
    }

    @Test
    void rendersTheShippedChecklistWithEachItemsRuleInPlainDanish(@TempDir Path dir) throws Exception {
        Checklist fleksjob = ChecklistLoader.load(Path.of("checklists/fleksjob-2010.yaml"));
        Path out = dir.resolve("fleksjob.pdf");
        ChecklistPdf.write(fleksjob, out);
        try (PdfText pdf = new PdfText(Files.readAllBytes(out))) {
            String text = pdf.text();
            assertThat(text).contains("RV3", "Er retten til fleksjob revurderet rettidigt frem til afgørelsen?",
                            "Aktivlovens § 74 c, stk. 1")
                    .contains(ItemDescriber.rule(fleksjob.item("RV3").orElseThrow(), fleksjob))
                    .contains("RP1", "BEK nr. 1402 af 13. december 2006")
                    .contains("Vores læsning: " + fleksjob.item("AP2").orElseThrow().note().replaceAll("\\s+", " "));
            assertThat(pdf.outline()).containsExactly("Måleskema", "  Varigt og væsentligt nedsat arbejdsevne",
                    "  Arbejdsprøvning", "  Ressourceprofil", "  Rettidig revurdering", "  Formel vurdering");
        }
    }

    @Test
    void theAppendixSaysWhatShowSaysWithoutFieldPaths(@TempDir Path dir) throws Exception {
        Checklist fleksjob = ChecklistLoader.load(Path.of("checklists/fleksjob-2010.yaml"));
        ChecklistDescription words = ChecklistDescription.of(fleksjob);
        Path out = dir.resolve("fleksjob.pdf");
        ChecklistPdf.write(fleksjob, out);
        try (PdfText pdf = new PdfText(Files.readAllBytes(out))) {
            String text = pdf.text().replaceAll("\\s+", " ");
            assertThat(text).contains("Forrang", words.precedence(),
                    "Gælder: Alle sagstyper, når det ikke er oplyst, at afgørelsen giver borgeren fuldt medhold.",
                    "Gælder: Bevilling af fleksjob, når det ikke er oplyst, at arbejdsprøvning er åbenbart formålsløs.",
                    "Datorækkefølge: datoen for ressourceprofilen skal ligge før afgørelsens dato.",
                    "ressourceprofilen skal indeholde alle 13 elementer",
                    "Er alle 13 elementer i ressourceprofilen udfyldt");
            words.sections().forEach(s -> s.items().forEach(i -> assertThat(text).contains(i.rule())));
            assertThat(text).doesNotContain("afgørelse.dato", "dokumenter.", "felter.", "datoer.", "tolv elementer");
        }
    }

    @Test
    void twoRunsGiveTheSameBytes() {
        assertThat(ChecklistPdf.bytes(checklist)).isEqualTo(ChecklistPdf.bytes(checklist));
    }
}
