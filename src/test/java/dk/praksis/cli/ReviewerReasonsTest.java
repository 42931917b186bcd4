package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.report.pdf.PdfText;
import dk.praksis.results.ResultsFile;
import dk.praksis.results.ResultsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reviewer's reason beside a judgement answer (vurdering.begrundelser), from the case file to the reports. */
class ReviewerReasonsTest {

    private static final String CHECKLIST = "src/test/resources/maaleskemaer/fleksjob-2010-v1.yaml";

    @TempDir
    Path dir;

    /** Line 12 is begrundelser, so the first reason is on line 13, its key in column 9. */
    private static String caseWith(String reasons) {
        return """
                sager:
                  - id: SYD10-0001
                    kommune: Vejen
                    sagstype: revurdering
                    afgørelse: {dato: 2010-06-01, foreligger: true}
                    perioder:
                      - {type: ledighedsydelse, fra: 2009-01-01}
                    hændelser: {revurderinger: [2009-11-20]}
                    vurdering:
                      bedømmer: R1
                      svar: {RV1: ja, FV1: ja, FV2: nej, FV3: ja}
                      begrundelser:
                """ + reasons + "      samlet: formel\n";
    }

    private Path write(String content) throws Exception {
        Path f = dir.resolve("sager/a.yaml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
        return f;
    }

    @Test
    void theReasonFollowsTheAnswerIntoResultsAndTheKommunesPdf() throws Exception {
        write(caseWith("        FV2: Afgørelsen henviser ikke til de regler, den bygger på\n"));
        Path audit = dir.resolve("undersoegelse.yaml");
        Files.writeString(audit, "titel: Prøveundersøgelse\nopgørelsesdato: 2010-11-30\nmåleskema: "
                + Path.of(CHECKLIST).toAbsolutePath() + "\nsager: [sager/]\noutput: ud\n");

        CliRun r = CliRun.of("audit", audit.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();

        String said = "Bedømmeren har svaret nej: Afgørelsen henviser ikke til de regler, den bygger på.";
        ResultsFile results = ResultsJson.read(dir.resolve("ud/resultater.json"));
        assertThat(results.cases().get(0).items().get("FV2").reason()).isEqualTo(said);
        // An answer without a reason reads as before.
        assertThat(results.cases().get(0).items().get("FV1").reason()).isEqualTo("Bedømmeren har svaret ja.");
        assertThat(Files.readString(dir.resolve("ud/resultater.csv"))).contains(said);
        try (PdfText pdf = new PdfText(Files.readAllBytes(dir.resolve("ud/kommuner/575-Vejen.pdf")))) {
            assertThat(pdf.text().replaceAll("\\s+", " ")).contains(said);
        }
    }

    @Test
    void aCprNumberInAReasonIsRefusedWithItsPlaceAndMaskedOnRequest() throws Exception {
        Path f = write(caseWith("        FV2: \"Se cpr 140763-1234.\"\n"));
        CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, f.toString());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains(f + ":13:9 (sag SYD10-0001): vurdering.begrundelser.FV2 indeholder", "CPR-nummer");
        assertThat(r.out() + r.err()).doesNotContain("140763");

        CliRun masked = CliRun.of("validate", "--checklist", CHECKLIST, "--masker", f.toString());
        assertThat(masked.exitCode()).isZero();
        assertThat(masked.err()).contains("Advarsel: 1 personoplysning er maskeret");
        assertThat(masked.out() + masked.err()).doesNotContain("140763");
    }

    @Test
    void aReasonForAnUnknownOrComputedItemIsAnErrorWithItsPlace() throws Exception {
        Path f = write(caseWith("        FV9: Skrevet ved det forkerte spørgsmål.\n"
                + "        RV2: Revurderingen kom for sent.\n")
                + """
                    anden_vurdering:
                      bedømmer: R2
                      svar: {RV1: ja, FV1: ja, FV2: ja, FV3: ja}
                      begrundelser: {VV9: Ukendt.}
                      samlet: i_overensstemmelse
                """);
        CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, f.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains(
                f + ":13:9 (sag SYD10-0001): begrundelse til ukendt spørgsmål",
                f + ":14:9 (sag SYD10-0001): RV2 er af typen frist og beregnes af programmet ud fra sagens"
                        + " oplysninger; det har ingen bedømmers svar at begrunde",
                f + ":19:22 (sag SYD10-0001): begrundelse til ukendt spørgsmål");
    }
}
