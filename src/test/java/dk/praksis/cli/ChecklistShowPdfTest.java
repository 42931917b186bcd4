package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistShowPdfTest {

    private static final String CHECKLIST = "checklists/fleksjob-2010.yaml";

    @Test
    void writesTheMaaleskemaAsPdf(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("maaleskema.pdf");
        CliRun run = CliRun.of("checklist", "show", CHECKLIST, "--pdf", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Skrev " + out);
        try (var pdf = Loader.loadPDF(Files.readAllBytes(out))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Rettidig revurdering", "RV2");
        }
    }

    @Test
    void refusesToOverwriteWithoutForce(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("maaleskema.pdf");
        Files.writeString(out, "gammel");
        CliRun refused = CliRun.of("checklist", "show", CHECKLIST, "--pdf", out.toString());
        assertThat(refused.exitCode()).isEqualTo(5);
        assertThat(refused.err()).contains("findes allerede; vælg et andet filnavn med --pdf, eller overskriv med --force");
        assertThat(Files.readString(out)).isEqualTo("gammel");

        CliRun foreign = CliRun.of("checklist", "show", CHECKLIST, "--pdf", out.toString(), "--force");
        assertThat(foreign.exitCode()).isEqualTo(5);
        assertThat(foreign.err()).contains("er ikke skrevet af praksis");
        assertThat(Files.readString(out)).isEqualTo("gammel");

        Files.delete(out);
        assertThat(CliRun.of("checklist", "show", CHECKLIST, "--pdf", out.toString()).exitCode()).isZero();
        CliRun forced = CliRun.of("checklist", "show", CHECKLIST, "--pdf", out.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readAllBytes(out)).startsWith("%PDF".getBytes());
    }
}
