package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.praksis.cases.Kommune;
import dk.praksis.report.AuditReport;
import dk.praksis.text.DanishFormat;
import dk.praksis.report.Fixtures;
import dk.praksis.report.ReportBuilder;
import dk.praksis.report.UnitReport;

import dk.praksis.report.text.SummarySentences;
import dk.praksis.scoring.CaseResult;
import dk.praksis.stats.Proportion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the rendered PDFs back with PDFBox and checks them against the fixture's figures. */
class PdfReportsTest {

    private static final AuditReport REPORT = report(Fixtures.results());

    static AuditReport report(List<CaseResult> results) {
        return new ReportBuilder().build(Fixtures.checklist(), Fixtures.info(), results);
    }

    /** The interval the stats package gives for k of n (with a finite population when given), as printed. */
    static String iv(int k, int n, Integer population) {
        var p = Proportion.of(k, n);
        var interval = population == null ? p.wilson(0.95) : p.wilson(0.95, population);
        return DanishFormat.interval(interval.orElseThrow());
    }

    /** k of n assessable cases from a draw of {@code sampled} of {@code population} decisions, as printed. */
    static String ivDraw(int k, int n, int sampled, int population) {
        return DanishFormat.interval(new dk.praksis.stats.Sampling(sampled, population)
                .wilson(Proportion.of(k, n), 0.95).orElseThrow());
    }

    private static String squeeze(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", "");
    }

    static UnitReport kommune(AuditReport report, String name) {
        return report.kommuner().stream().filter(k -> k.kommune().navn().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void kommuneReportShowsItsFiguresBesideAllKommunerInDanishFormat() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.kommune(REPORT, kommune(REPORT, "Vejen")))) {
            String text = pdf.text();
            // Vejen: 6 cases, 5 assessed; 2 in accordance, 2 reversed (hjemvisning + ændring; formel does not count)
            // Vejen's population of 40 decisions gives its intervals the finite-population correction
            // the shared summary sentences, compared without whitespace (a line may wrap after "%-")
            assertThat(SummarySentences.of(REPORT, kommune(REPORT, "Vejen"))).hasSizeBetween(2, 4)
                    .allSatisfy(sentence -> assertThat(squeeze(text)).contains(squeeze(Fmt.keep(sentence))));
            assertThat(text).contains("Undersøgelsen omfatter 6 sager fra Vejen")
                    .contains("2 af 5 40,0 % " + ivDraw(2, 5, 6, 40))
                    .contains("Omgørelsesprocenten er beregnet af de 5 realitetsbehandlede sager; den ene sag, der "
                            + "ikke kunne vurderes, indgår ikke.")
                    // all kommuner: 7 of 11 assessed in accordance, 3 of 11 reversed (Ærø's A-04 by the reviewer)
                    .contains("7 af 11 63,6 % " + iv(7, 11, null))
                    .contains("3 af 11 27,3 % " + iv(3, 11, null))
                    .contains("Ville blive hjemvist 1 20,0 % 2 18,2 %") // of the assessable cases, like the key figures
                    .contains("Opgørelsesdato 30. november 2010")
                    .contains("Side 1 af " + pdf.pageCount());
            assertThat(pdf.pages(pdf.pageCount(), pdf.pageCount())).contains("Side " + pdf.pageCount() + " af "
                    + pdf.pageCount());
        }
    }

    @Test
    void themeTotalsCountCasesAndTheMethodAppendixSaysWhy() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.kommune(REPORT, kommune(REPORT, "Vejen")))) {
            String text = pdf.text();
            // Vejen's VV: V-01, V-02, V-04 met the theme, V-03 and V-05 did not, V-06 had none of it relevant;
            // all kommuner: 8 of 10 cases. No population correction for themes.
            assertThat(text).contains("Hele temaet (sager) 3 2 1 60,0 % " + iv(3, 5, null) + " 80,0 %")
                    .contains("Rækken »Hele temaet (sager)« tæller også sager")
                    .doesNotContain("I alt for temaet");
            assertThat(squeeze(text)).contains(squeeze("Et tema samlet (rækken »Hele temaet (sager)«) tæller sager, "
                    + "ikke svar"))
                    .contains(squeeze("et interval beregnet over svarene ville se mere sikkert ud, end det er."));
        }
    }

    @Test
    void kommuneReportListsItsCasesWithReasonsAndRemarksOnly() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.kommune(REPORT, kommune(REPORT, "Vejen")))) {
            String text = pdf.text();
            assertThat(text).contains("V-03", "VV1 Er der tilstrækkelige lægelige oplysninger? Der mangler "
                            + "speciallægeerklæring.", "Sagen er ikke tilstrækkeligt oplyst.",
                    "VV3 Er vurderingen i overensstemmelse med regler og praksis? Arbejdsevnen er ikke varigt nedsat.",
                    "FV1 Er borgeren partshørt? Ingen partshøring.", "=SUM(A1)", "Ingen afgørelse i sagen.",
                    "Score: 67 %");
            assertThat(text).doesNotContain("A-01").doesNotContain("B-01");
        }
    }

    @Test
    void kommuneReportHasMetadataOutlineAndEmbeddedFonts() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.kommune(REPORT, kommune(REPORT, "Ærø")))) {
            var info = pdf.pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Praksisundersøgelse om fleksjob 2010 – Ærø");
            assertThat(info.getAuthor()).isEqualTo("Beskæftigelsesankenævnet Syddanmark");
            assertThat(info.getSubject()).isEqualTo("Resultater for Ærø (kommunekode 492)");
            assertThat(info.getCreationDate().toInstant()).hasToString("2010-11-30T00:00:00Z");
            assertThat(pdf.pdf.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
            assertThat(pdf.outline()).containsExactly("Sammenfatning", "Samlet vurdering", "Resultater pr. tema",
                    "  Varigt og væsentligt nedsat arbejdsevne", "  Formel vurdering", "  Borgerens oplevelse",
                    "Sagsoversigt", "Bilag 1: Metode", "  Stikprøve og bedømmere", "  Sådan er procenterne beregnet",
                    "  Usikkerhed", "Bilag 2: Måleskema", "  Varigt og væsentligt nedsat arbejdsevne",
                    "  Formel vurdering", "  Borgerens oplevelse");
            assertThat(pdf.fonts()).isNotEmpty().allMatch(f -> f.endsWith("(indlejret)"));
            // Ærø's A-04: the reviewer's hjemvisning is counted, the derived verdict is shown beside it
            assertThat(pdf.text()).contains("Ærø (kommunekode 492)")
                    .contains("Afledt af svarene: Formelle mangler");
        }
    }

    @Test
    void samletReportHasKommunefordelteResultaterSortedByName() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.samlet(REPORT))) {
            String text = pdf.text();
            // each count shows its denominator, the realitetsbehandlede cases: Vejen has 6 cases, 5 of them assessed
            assertThat(text).contains("Billund (530) 2 2 af 2 100,0 % " + iv(2, 2, null) + " 0 af 2 0,0 % "
                            + iv(0, 2, null))
                    .contains("Vejen (575) 6 2 af 5 40,0 % " + ivDraw(2, 5, 6, 40) + " 2 af 5 40,0 % " + ivDraw(2, 5, 6, 40))
                    .contains("Ærø (492) 4 3 af 4 75,0 % " + iv(3, 4, null) + " 1 af 4 25,0 % " + iv(1, 4, null))
                    .contains("Alle kommuner 12 7 af 11 63,6 % " + iv(7, 11, null) + " 3 af 11 27,3 % "
                            + iv(3, 11, null))
                    .contains("»8 af 12« betyder 8 af kommunens 12 realitetsbehandlede sager");
            assertThat(text.indexOf("Billund (530)")).isLessThan(text.indexOf("Vejen (575)"));
            assertThat(text.indexOf("Vejen (575)")).isLessThan(text.indexOf("Ærø (492)"));
            assertThat(text).contains("A-04", "V-03", "B-02");
            assertThat(pdf.outline()).contains("Kommunefordelte resultater");
            // the front page's contents list points at the pages where the chapters start
            var toc = java.util.regex.Pattern.compile("(Sagsoversigt|Kommunefordelte resultater|Bilag 2: Måleskema) (\\d+)")
                    .matcher(pdf.pages(1, 1));
            int entries = 0;
            while (toc.find()) {
                int page = Integer.parseInt(toc.group(2));
                assertThat(pdf.pages(page, page)).as(toc.group(1)).contains("Side " + page + " af").contains(toc.group(1));
                assertThat(pdf.pages(page - 1, page - 1)).as(toc.group(1)).doesNotContain(toc.group(1) + " ");
                entries++;
            }
            assertThat(entries).isEqualTo(3);
            // the charts are vector drawings whose labels are text in the embedded font, not pictures
            assertThat(text).contains("Andel af sagerne (%)", "Andel opfyldt (%)", "I overensstemmelse Omgørelsesprocent");
            for (var page : pdf.pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().getXObject(name))
                            .isNotInstanceOf(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.class);
                }
            }
            assertThat(pdf.pdf.getDocumentInformation().getTitle()).isEqualTo("Praksisundersøgelse om fleksjob 2010");
        }
    }

    @Test
    void pixiFitsOnTwoPagesWithKeyFiguresMostFailedAndThemes() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.pixi(REPORT))) {
            assertThat(pdf.pageCount()).isLessThanOrEqualTo(2);
            String text = pdf.text();
            assertThat(text).contains("I overensstemmelse med regler og praksis 7 af 11 63,6 % " + iv(7, 11, null))
                    .contains("1. FV1 Er borgeren partshørt? Ikke opfyldt i 2 af 11 sager")
                    .contains("2. VV1 Er der tilstrækkelige lægelige oplysninger? Ikke opfyldt i 1 af 10 sager")
                    // themes count cases: VV met in 8 of the 10 cases where VV1 or VV3 was relevant (not 18 of
                    // 20 pooled answers); FV1 met in 9 of 11
                    .contains("Varigt og væsentligt nedsat arbejdsevne 8 af 10 80,0 % " + iv(8, 10, null))
                    .contains("Formel vurdering 9 af 11 81,8 % " + iv(9, 11, null))
                    .contains("En sag har opfyldt temaet, når alle temaets spørgsmål, der var relevante i sagen, var "
                            + "opfyldt.")
                    .doesNotContain("Borgerens oplevelse");
            assertThat(pdf.outline()).containsExactly("Nøgletal", "Det går oftest galt her", "Temaerne");
        }
    }

    @Test
    void tableHeadersRepeatWhenTheCaseListSpansPages() throws Exception {
        List<CaseResult> many = new ArrayList<>(Fixtures.results());
        for (int i = 0; i < 30; i++) { // 36 cases: within Vejen's population of 40
            CaseResult c = Fixtures.results().get(2); // Vejen's V-03 with a failed item and a remark
            many.add(new CaseResult(String.format("V-%03d", 100 + i), c.kommune(), c.caseType(), c.items(), c.score(),
                    c.derivedVerdict(), c.reviewerVerdict(), c.disagreement(), c.reviewer(), c.remark()));
        }
        AuditReport big = report(many);
        try (PdfText pdf = new PdfText(PdfReports.kommune(big, kommune(big, "Vejen")))) {
            int pagesWithHeader = 0;
            for (int p = 1; p <= pdf.pageCount(); p++) {
                if (pdf.pages(p, p).contains("Ikke opfyldte spørgsmål og begrundelse")) {
                    pagesWithHeader++;
                }
            }
            assertThat(pagesWithHeader).isGreaterThanOrEqualTo(2);
            assertThat(pdf.text()).contains("V-129");
        }
    }

    @Test
    void aKommuneWithoutAssessableCasesShowsDashesNotNumbers() throws Exception {
        List<CaseResult> results = new ArrayList<>(Fixtures.results());
        CaseResult none = Fixtures.results().get(5); // Vejen's V-06: kan ikke vurderes, nothing relevant
        results.add(new CaseResult("O-01", new Kommune("461", "Odense", "Region Syddanmark"), none.caseType(),
                none.items(), none.score(), none.derivedVerdict(), none.reviewerVerdict(), false, "R1", null));
        AuditReport r = report(results);
        try (PdfText pdf = new PdfText(PdfReports.kommune(r, kommune(r, "Odense")))) {
            assertThat(pdf.text()).contains("Ingen af sagerne kunne realitetsbehandles")
                    .contains("I overensstemmelse med regler og praksis 0 af 0 – –")
                    .contains("O-01", "Kan ikke vurderes");
        }
    }

    @Test
    void twoRunsGiveIdenticalBytes() {
        assertThat(PdfReports.kommune(REPORT, kommune(REPORT, "Vejen")))
                .isEqualTo(PdfReports.kommune(report(Fixtures.results()), kommune(REPORT, "Vejen")));
        assertThat(PdfReports.samlet(REPORT)).isEqualTo(PdfReports.samlet(report(Fixtures.results())));
        assertThat(PdfReports.pixi(REPORT)).isEqualTo(PdfReports.pixi(REPORT));
    }

    @Test
    void writeAllNamesKommuneFilesByCodeAndName(@TempDir Path dir) throws Exception {
        PdfReports.writeAll(REPORT, dir);
        assertThat(dir.resolve("samlet-offentlig.pdf")).exists();
        assertThat(dir.resolve("samlet-intern.pdf")).exists();
        assertThat(dir.resolve("pixi.pdf")).exists();
        try (var files = Files.list(dir.resolve("kommuner"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("492-Ærø.pdf", "530-Billund.pdf", "575-Vejen.pdf");
        }
        try (PdfText pdf = new PdfText(Files.readAllBytes(dir.resolve("kommuner/530-Billund.pdf")))) {
            assertThat(pdf.text()).contains("Undersøgelsen omfatter 2 sager fra Billund");
        }
    }

    @Test
    void refusesTheTotalAsAKommune() {
        assertThatThrownBy(() -> PdfReports.kommune(REPORT, REPORT.total()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void metodeStatesHowFarReviewersAndTheChecklistAgreeWhenThereAreEnoughCases() throws Exception {
        AuditReport many = report(dk.praksis.report.Fixtures.agreementCases(3));
        try (PdfText pdf = new PdfText(PdfReports.samlet(many))) {
            assertThat(squeeze(pdf.text())).contains(squeeze("Intern konsistens (bedømmerens samlede vurdering mod"
                            + " måleskemaets udledte vurdering): de to er ens i 75,0 % af de 12 sager med en afgørelse"),
                    squeeze("Cohens kappa 0,64"));
        }
        assertThat(REPORT.method().consistency()).as("too few cases with both verdicts").isNull();
        try (PdfText pdf = new PdfText(PdfReports.samlet(REPORT))) {
            assertThat(pdf.text()).doesNotContain("kappa");
        }
    }
}
