package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.compare.ChangeFormat;
import dk.praksis.stats.Difference;
import dk.praksis.stats.Interval;
import dk.praksis.stats.Proportion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A follow-up audit names an earlier one; its reports show the earlier values and the change. */
class FollowUpAuditTest {

    @TempDir
    Path dir;

    /** 2009: Vejen only, one case in accordance and one the reviewer would send back (hjemvisning). */
    private static final String EARLIER = """
            sager:
              - id: SYD09-0001
                kommune: Vejen
                sagstype: revurdering
                afgørelse: {dato: 2009-06-01, foreligger: true}
                perioder:
                  - {type: ledighedsydelse, fra: 2008-06-01}
                hændelser: {revurderinger: [2009-03-20]}
                vurdering:
                  bedømmer: R1
                  svar: {RV1: ja, FV1: ja, FV2: ja, FV3: ja}
                  samlet: i_overensstemmelse
              - id: SYD09-0002
                kommune: Vejen
                sagstype: revurdering
                afgørelse: {dato: 2009-06-01, foreligger: true}
                perioder:
                  - {type: ledighedsydelse, fra: 2008-06-01}
                hændelser: {revurderinger: [2009-03-20]}
                vurdering:
                  bedømmer: R1
                  svar: {RV1: nej, FV1: ja, FV2: ja, FV3: ja}
                  samlet: hjemvisning
            """;

    private Path audit(String folder, int year, String cases, String extra) throws Exception {
        Path d = Files.createDirectories(dir.resolve(folder));
        Files.createDirectories(d.resolve("sager"));
        Files.writeString(d.resolve("sager/sager.yaml"), cases);
        Path checklist = Path.of("src/test/resources/maaleskemaer/fleksjob-2010-v1.yaml").toAbsolutePath();
        Path file = d.resolve("undersoegelse.yaml");
        Files.writeString(file, "titel: Prøve " + year + "\når: " + year + "\nopgørelsesdato: " + year + "-11-30\n"
                + "måleskema: " + checklist + "\nsager: [sager/]\noutput: ud\n" + extra);
        return file;
    }

    /** The PDF's text without white space (a line may wrap anywhere); compare with {@link #squeeze}. */
    private static String text(Path pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\u00A0]+", "");
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\u00A0]+", "");
    }

    /** "(95 %-interval for ændringen: −83,4 til +14,6 procentpoint)" as the stats package gives it. */
    private static String newcombe(int k1, int n1, int k0, int n0) {
        Interval i = Difference.of(Proportion.of(k1, n1), Proportion.of(k0, n0)).newcombe(0.95).orElseThrow();
        return "(95 %-interval for ændringen: " + ChangeFormat.points(i.lower()) + " til "
                + ChangeFormat.points(i.upper()) + " procentpoint)";
    }

    @Test
    void theResumeShowsTheEarlierValueTheChangeAndItsIntervalAndEachKommuneItsDevelopment() throws Exception {
        audit("2009", 2009, EARLIER, "");
        Path current = audit("2010", 2010, AuditCommandTest.CASES, "tidligere: [../2009/undersoegelse.yaml]\n");
        CliRun r = CliRun.of("audit", current.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(dir.resolve("2009/ud")).doesNotExist(); // the earlier audit is scored, not written

        String samlet = text(dir.resolve("2010/ud/samlet-offentlig.pdf"));
        // all kommuner: omgørelse 1 of 2 (50,0 %) in 2009, 0 of 2 in 2010; in accordance 1 of 2, then 2 of 2
        assertThat(samlet).contains(squeeze("Udvikling siden 2009"))
                .contains(squeeze("Omgørelsesprocenten er faldet fra 50,0 % i 2009 til 0,0 % i 2010, altså med 50,0 "
                        + "procentpoint " + newcombe(0, 2, 1, 2) + "."))
                .contains(squeeze("Andelen af afgørelser i overensstemmelse med regler og praksis er steget fra 50,0 % i 2009 "
                        + "til 100,0 % i 2010, altså med 50,0 procentpoint " + newcombe(2, 2, 1, 2) + "."))
                .contains(squeeze("Med så få sager kan faldet skyldes tilfældigheder."))
                .contains(squeeze("Omgørelsesprocent (ændret eller hjemvist) 50,0 % 1 af 2 0,0 % 0 af 2 −50,0"));

        String vejen = text(dir.resolve("2010/ud/kommuner/575-Vejen.pdf"));
        // Vejen: omgørelse 1 of 2 in 2009, 0 of 1 in 2010
        assertThat(vejen).contains(squeeze("Udvikling siden 2009"))
                .contains(squeeze("Omgørelsesprocenten er faldet fra 50,0 % i 2009 til 0,0 % i 2010, altså med 50,0 "
                        + "procentpoint " + newcombe(0, 1, 1, 2) + "."))
                .contains(squeeze("Omgørelsesprocent (ændret eller hjemvist) – Vejen 50,0 % 1 af 2 0,0 % 0 af 1"));
        String aeroe = text(dir.resolve("2010/ud/kommuner/492-Ærø.pdf"));
        assertThat(aeroe).contains(squeeze("Ærø var ikke med i undersøgelsen i 2009, så der er ingen udvikling at vise for "
                + "kommunen."));
    }

    @Test
    void anEarlierAuditThatIsMissingOrFromALaterYearIsInvalidInput() throws Exception {
        Path current = audit("2010", 2010, AuditCommandTest.CASES, "tidligere: [../2008/resultater.json]\n");
        CliRun missing = CliRun.of("audit", current.toString());
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("resultater.json: den tidligere undersøgelse findes ikke");

        audit("2011", 2011, EARLIER.replace("2009-06-01", "2011-06-01"), "");
        Path wrong = audit("2010b", 2010, AuditCommandTest.CASES, "tidligere: [../2011/undersoegelse.yaml]\n");
        CliRun later = CliRun.of("audit", wrong.toString());
        assertThat(later.exitCode()).isEqualTo(3);
        assertThat(later.err()).contains("er fra et senere år end denne (2010)");
    }
}
