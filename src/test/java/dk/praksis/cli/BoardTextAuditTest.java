package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** praksis audit with the board's Markdown text named in the audit file. */
class BoardTextAuditTest {

    @TempDir
    Path dir;

    private Path auditFile(String tema) throws Exception {
        Files.createDirectories(dir.resolve("sager"));
        Files.createDirectories(dir.resolve("tekst"));
        Files.writeString(dir.resolve("sager/sager.yaml"), AuditCommandTest.CASES);
        Files.writeString(dir.resolve("tekst/forord.md"), "Nævnet har *gennemgået* sagerne.\n");
        Files.writeString(dir.resolve("tekst/rv.md"), tema);
        Path checklist = Path.of("src/test/resources/maaleskemaer/fleksjob-2010-v1.yaml").toAbsolutePath();
        Path file = dir.resolve("undersoegelse.yaml");
        Files.writeString(file, "titel: Prøveundersøgelse\nopgørelsesdato: 2010-11-30\nmåleskema: " + checklist
                + "\nsager: [sager/]\noutput: ud\ntekst:\n  forord: tekst/forord.md\n  temaer: {RV: tekst/rv.md}\n");
        return file;
    }

    @Test
    void theTextAndTheCitedCaseAreInTheOverallReport() throws Exception {
        CliRun r = CliRun.of("audit", auditFile("Revurderingerne.\n\n[[sag SYD10-0001]]\n").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        // SYD10-0001: the reviewer says i overensstemmelse, the answers give formel, and there is no remark
        assertThat(r.out()).contains("Advarsel: i 1 sag afviger bedømmerens samlede vurdering fra den, svarene giver, "
                + "uden en bemærkning, der forklarer det (SYD10-0001). Skriv en bemærkning, så kommunen kan se hvorfor.");
        try (var pdf = Loader.loadPDF(dir.resolve("ud/samlet-intern.pdf").toFile())) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replace('\u00A0', ' ').replaceAll("\\s+", "");
            assertThat(text).contains(squeeze("Forord Nævnet har gennemgået sagerne."))
                    .contains(squeeze("Revurderingerne.")).contains(squeeze("Eksempel Sag SYD10-0001, Vejen Kommune – Revurdering"))
                    .contains(squeeze("Revurdering 20.11.2009 lå 21 dage efter fristen 30.10.2009."))
                    .contains(squeeze("Svarene giver »Formelle mangler«, men bedømmeren vurderer samlet »I "
                            + "overensstemmelse med regler og praksis«, og det er den vurdering, der tæller. Bedømmeren "
                            + "har ikke skrevet en bemærkning, der forklarer forskellen."));
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void aCitationOfAnUnknownCaseIsInvalidInputWithFileAndLineAndWritesNothing() throws Exception {
        CliRun r = CliRun.of("audit", auditFile("Revurderingerne.\n\n[[sag SYD10-9999]]\n").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().strip()).endsWith("rv.md:3:1: teksten henviser til sag SYD10-9999, som ikke er blandt "
                + "undersøgelsens sager; ret sagsnummeret");
        assertThat(dir.resolve("ud")).doesNotExist();
    }
}
