package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void helpIsDanishAndListsEveryCommand() {
        CliRun r = CliRun.of("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Brug: praksis [-hV] [KOMMANDO]", "Kommandoer:", "audit, undersøg", "validate, valider",
                "checklist", "template, skabelon", "compare, sammenlign", "Vis denne hjælp");
    }

    @Test
    void helpNamesTheRealTemplateSheetsAndWrapsWithoutOrphanedHyphens() {
        String out = CliRun.of("--help").out();
        assertThat(out).doesNotContain("Hændelser, forløb og").doesNotMatch("(?s).*\\n\\s*-\\p{Ll}{4,}.*");
        assertThat(out.replaceAll("\\s+", " ")).contains("et ark pr. forløb (fx Arbejdsprøvninger)",
                "konfidensintervaller (95 %)");
    }

    @Test
    void versionNamesTheProject() {
        CliRun r = CliRun.of("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("praksis ").doesNotContain("ukendt");
    }

    @Test
    void unknownOptionIsUsageErrorInDanish() {
        CliRun r = CliRun.of("--bogus");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Forkert brug: ukendt argument --bogus", "praksis --help");
    }

    @Test
    void repeatedOptionIsUsageErrorInDanish() {
        CliRun r = CliRun.of("validate", "--checklist", "a.yaml", "--checklist", "b.yaml", "sager");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("Forkert brug: --checklist er angivet mere end én gang")
                .doesNotContain("should be specified");
    }

    @Test
    void completionScriptCoversSubcommands() {
        CliRun r = CliRun.of("completion");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("complete -F", "audit", "checklist", "lint");
    }

    @Test
    void anInternalErrorShowsWhereItHappenedButNoExceptionMessageThatCouldQuoteCaseData() {
        java.io.StringWriter out = new java.io.StringWriter();
        Exception bug = new IllegalStateException("sag med Hans Jensen",
                new NumberFormatException("For input string: \"Vestergade 4\""));
        Main.printWithoutMessages(bug, new java.io.PrintWriter(out, true));
        assertThat(out.toString()).contains("java.lang.IllegalStateException",
                "Forårsaget af: java.lang.NumberFormatException", "at dk.praksis.cli.MainTest")
                .doesNotContain("Hans", "Vestergade");
    }
}
