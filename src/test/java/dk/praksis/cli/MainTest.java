package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.report.AuditReport;
import dk.praksis.report.Fixtures;
import dk.praksis.report.ReportBuilder;
import dk.praksis.report.pdf.PdfReports;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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
    void aRunNamingItsCommandBuildsOnlyThatOneWithTheSameOptionsAndHelpAsInTheWholeTree() {
        CommandLine whole = Main.commandLine();
        assertThat(whole.getSubcommands()).containsOnlyKeys("audit", "undersøg", "undersoeg", "validate", "valider", "checklist",
                "måleskema", "maaleskema", "template", "skabelon", "compare", "sammenlign", "sample", "udtræk",
                "udtraek", "zero-errors", "nulfejl", "nul-fejl", "completion", "fuldfoerelse");
        for (String name : whole.getSubcommands().keySet()) {
            CommandLine alone = Main.commandLine(name);
            CommandLine command = alone.getSubcommands().get(name);
            assertThat(alone.getSubcommands().values()).as(name).containsOnly(command);
            CommandLine inWhole = whole.getSubcommands().get(name);
            assertThat(command.getUsageMessage()).as(name).isEqualTo(inWhole.getUsageMessage());
            assertThat(command.getCommandSpec().options().stream().map(o -> o.longestName()).toList()).as(name)
                    .isEqualTo(inWhole.getCommandSpec().options().stream().map(o -> o.longestName()).toList());
            assertThat(command.getSubcommands().keySet()).as(name).isEqualTo(inWhole.getSubcommands().keySet());
        }
        for (String first : new String[] {"--help", "auditt", null}) {
            assertThat(Main.commandLine(first).getSubcommands().keySet()).as(first)
                    .containsExactlyElementsOf(whole.getSubcommands().keySet());
        }
    }

    @Test
    void everyCommandNameWithÆøåCanAlsoBeTypedWithoutThem() {
        // A Windows console in code page 850 or a keyboard without æøå: the launchers and users type "oe".
        var names = Main.commandLine().getSubcommands().keySet();
        for (String name : names) {
            String ascii = name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
            assertThat(names).as(name).contains(ascii);
            assertThat(Main.commandLine(ascii).getSubcommands().get(ascii).getCommandName())
                    .isEqualTo(Main.commandLine(name).getSubcommands().get(name).getCommandName());
        }
    }

    @Test
    void aCommandsOwnHelpIsShownWhenOnlyItIsBuilt() {
        CliRun r = CliRun.of("audit", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Brug: praksis audit").contains("--force");
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
        assertThat(r.err()).contains("Forkert brug: ukendt argument '--bogus'", "praksis --help");
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

    /** A command that runs out of heap, as validate of a 20,000-case workbook does at -Xmx256m. */
    @picocli.CommandLine.Command(name = "stor")
    static final class OutOfHeap implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void runningOutOfHeapIsExitSevenWithADanishMessageNotAStackTrace() {
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cl = new picocli.CommandLine(new OutOfHeap());
        cl.setErr(new java.io.PrintWriter(err, true));
        assertThat(Main.execute(cl, new String[0])).isEqualTo(7)
                .isEqualTo(dk.praksis.errors.ExitCode.OUT_OF_MEMORY.code());
        assertThat(err.toString()).contains("praksis fik ikke hukommelse nok", "Intet er skrevet eller ændret",
                "PRAKSIS_JAVA_OPTS=-Xmx4g").doesNotContain("OutOfMemoryError", "\tat ");
    }

    @Test
    void aFlagGivenAWordAsValueIsToldSoWithoutRepeatingTheWord() {
        CliRun r = CliRun.of("validate", "--checklist", "checklists/fleksjob-2010.yaml", "--masker", "Anders",
                "sample-cases/2011/sager");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("Forkert brug: --masker tager ingen værdi, men ordet efter den er hverken en fil"
                + " eller en mappe (ordet vises ikke, da det kan være en personoplysning); skriv --masker alene")
                .doesNotContain("Anders");
    }

    @Test
    void aFlagWithAnAttachedValueIsToldInDanish() {
        CliRun r = CliRun.of("audit", "--stille=Hansen", "sample-cases/2011/undersoegelse.yaml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("Forkert brug: --stille tager ingen værdi; skriv --stille alene")
                .doesNotContain("Hansen").doesNotContain("boolean");
    }

    @Test
    void anOptionWhoseValueIsAnotherOptionSaysItsValueIsMissing() {
        CliRun r = CliRun.of("validate", "--checklist", "--masker", "sample-cases/2011/sager");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("Forkert brug: --checklist mangler sin værdi (FIL)");
    }

    @Test
    void anUnknownArgumentThatCouldBeANameIsNotRepeated() {
        CliRun r = CliRun.of("Hans Jensen");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("Forkert brug: ukendt argument (værdien vises ikke").doesNotContain("Jensen");
    }

    @Test
    void thePdfsAreTheSameBytesWhateverTheMachinesLocaleOnceMainHasFixedIt() {
        AuditReport report = new ReportBuilder().build(Fixtures.checklist(), Fixtures.info(), Fixtures.results());
        Locale saved = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
            byte[] plain = PdfReports.pixi(report);
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("ar-SA"));
            // Why: OpenPDF writes the cross-reference table in the default locale's digits
            assertThat(crossReference(PdfReports.pixi(report))).noneMatch(line -> line.matches("\\d{10} \\d{5} [fn] "));
            Main.fixFormatLocale();
            byte[] fixed = PdfReports.pixi(report);
            assertThat(crossReference(fixed)).hasSizeGreaterThan(10).allMatch(line -> line.matches("\\d{10} \\d{5} [fn] "));
            assertThat(fixed).isEqualTo(plain);
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, saved);
        }
    }

    /** The entries of the PDF's (last) cross-reference table. */
    private static List<String> crossReference(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        String table = text.substring(text.lastIndexOf("\nxref\n") + 6, text.lastIndexOf("trailer"));
        return table.lines().skip(1).toList(); // after the "first count" line
    }
}
