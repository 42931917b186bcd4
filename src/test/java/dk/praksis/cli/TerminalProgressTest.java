package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.audit.Progress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void anInteractiveTerminalSeesADanishCountingBarOnStderr() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Progress p = TerminalProgress.choose(true, false, new PrintStream(err, true, StandardCharsets.UTF_8));
        for (int i = 0; i < 7; i++) {
            p.caseScored();
        }
        p.writing();
        p.finished();
        String shown = err.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("Vurderer sager", "7", "sager", "skriver rapporter");
    }

    @Test
    void pipesAndQuietRunsShowNothing() {
        assertThat(TerminalProgress.choose(false, false, System.err)).isSameAs(Progress.SILENT);
        assertThat(TerminalProgress.choose(true, true, System.err)).isSameAs(Progress.SILENT);
    }
}
