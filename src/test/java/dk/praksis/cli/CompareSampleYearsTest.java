package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.compare.AuditYears;
import dk.praksis.compare.Comparer;
import dk.praksis.compare.Comparison;
import dk.praksis.compare.ItemMapping;
import dk.praksis.compare.MeasureSeries;
import dk.praksis.compare.YearShare;
import dk.praksis.results.ResultsFile;
import dk.praksis.results.ResultsJson;
import dk.praksis.results.Tally;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped sample years, audited and compared end to end as the README shows. */
class CompareSampleYearsTest {

    @TempDir
    Path dir;

    private Path audit(String year) {
        Path out = dir.resolve(year);
        CliRun r = CliRun.of("audit", "sample-cases/" + year + "/undersoegelse.yaml", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return out.resolve("resultater.json");
    }

    @Test
    void threeSampleYearsCompareEveryKommuneAndItemAndAgreeWithTheAuditCounts() throws Exception {
        List<Path> files = List.of(audit("2011"), audit("2009"), audit("2010"));
        Path out = dir.resolve("sammenligning");
        CliRun r = CliRun.of("sammenlign", files.get(0).toString(), files.get(1).toString(), files.get(2).toString(),
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Sammenligning af 2009, 2010 og 2011 (95 %-konfidensintervaller)")
                .contains("Ændring 2009–2011 i procentpoint",
                        // 2009: 38 of 90 reversed (42,2 %); 2011: 24 of 91 (26,4 %): −15,8 points; Fisher's
                        // exact two-sided p for 38/90 against 24/91 is 0,029 (computed by hand from the
                        // hypergeometric probabilities).
                        "  *  Alle kommuner, Omgørelse: 2009–2011 −15,8 (−28,9 til −2,0) procentpoint, Fisher p = 0,029,"
                                + " justeret p = ",
                        "Korrektion for mange sammenligninger (Benjamini–Hochberg)");

        Comparison c = Comparer.compare(AuditYears.read(files), ItemMapping.none());
        assertThat(c.kommuner()).hasSize(8);
        assertThat(c.singleYear()).isEmpty();
        assertThat(c.items()).allSatisfy(i -> assertThat(i.flags()).isEmpty());
        assertThat(c.total().verdicts().get(0).trend()).isNotNull();
        // 9 units (all kommuner and 8 kommuner): each change between consecutive years and first to last, and
        // each trend test, is one comparison; a comparison is clear when its p (the one shown) is below 0,05
        List<dk.praksis.compare.MeasureSeries> all = new java.util.ArrayList<>();
        java.util.stream.Stream.concat(java.util.stream.Stream.of(c.total()), c.kommuner().stream())
                .forEach(u -> { all.addAll(u.verdicts()); all.addAll(u.items()); });
        assertThat(c.multiple().comparisons()).isEqualTo(all.stream()
                .mapToInt(m -> m.changes().size() + (m.trend() == null ? 0 : 1)).sum());
        assertThat(c.multiple().clear()).isEqualTo(all.stream().mapToInt(m -> (int) m.changes().stream()
                .filter(ch -> ch.fisherP() < 0.05).count() + (m.trend() != null && m.trend().p() < 0.05 ? 1 : 0)).sum());
        assertThat(r.out()).contains(c.multiple().families().stream().map(dk.praksis.compare.ChangeFormat::family)
                .collect(java.util.stream.Collectors.joining("\n")));
        // The primary family: 5 verdict shares for all kommuner × (3 changes + 1 trend), adjusted only among themselves.
        double[] primaryP = c.total().verdicts().stream().flatMapToDouble(m -> java.util.stream.DoubleStream.concat(
                m.changes().stream().mapToDouble(dk.praksis.compare.Change::fisherP),
                m.trend() == null ? java.util.stream.DoubleStream.empty() : java.util.stream.DoubleStream.of(m.trend().p())))
                .toArray();
        double[] adjusted = c.total().verdicts().stream().flatMapToDouble(m -> java.util.stream.DoubleStream.concat(
                m.changes().stream().mapToDouble(dk.praksis.compare.Change::adjustedP),
                m.trend() == null ? java.util.stream.DoubleStream.empty() : java.util.stream.DoubleStream.of(m.trend().adjustedP())))
                .toArray();
        assertThat(adjusted).containsExactly(dk.praksis.stats.BenjaminiHochberg.adjust(primaryP));
        dk.praksis.compare.Change omgoerelse = c.total().verdicts().get(1).overallChange().orElseThrow();
        assertThat(omgoerelse.fisherP()).isCloseTo(0.029, org.assertj.core.api.Assertions.within(0.0005));


        // The comparison's counts are the audit's own aggregates: k of the cases that could be assessed.
        ResultsFile y2009 = ResultsJson.read(files.get(1));
        Tally t = y2009.aggregates().total();
        MeasureSeries ok = c.total().verdicts().get(0);
        YearShare first = ok.shares().get(0);
        assertThat(first.year()).isEqualTo("2009");
        assertThat(first.count()).isEqualTo(t.verdicts().getOrDefault("i_overensstemmelse", 0));
        assertThat(first.total()).isEqualTo(t.cases() - t.verdicts().getOrDefault("kan_ikke_vurderes", 0));
        String firstItem = y2009.items().get(0).id();
        YearShare item = c.total().items().get(0).shares().get(0);
        assertThat(item.count()).isEqualTo(t.items().get(firstItem).met());
        assertThat(item.total()).isEqualTo(t.items().get(firstItem).met() + t.items().get(firstItem).notMet());
        assertThat(r.out()).as("one checklist, one version: nothing to say").doesNotContain("måleskema");
        assertThat(c.sameChecklist()).isTrue();
        assertThat(Files.readString(out.resolve("sammenligning.json")))
                .isEqualTo(new String(dk.praksis.compare.ComparisonJson.toBytes(
                        Comparer.compare(AuditYears.read(files), ItemMapping.none())), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Issue 11: the reform comparison says, per year, which checklist scored it (2011 fleksjob-2010, 2014 fleksjob-2013). */
    @Test
    void yearsScoredWithDifferentChecklistsSaySoInTheTerminalJsonAndPdf() throws Exception {
        Path out = dir.resolve("reform");
        CliRun r = CliRun.of("compare", audit("2014").toString(), audit("2011").toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String sentence = "Årene er vurderet efter forskellige måleskemaer: 2011 efter fleksjob-2010 version 3 og 2014"
                + " efter fleksjob-2013 version 3.";
        assertThat(r.out().lines().toList().get(1)).startsWith(sentence);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("sammenligning.json").toFile());
        assertThat(json.get("samme_måleskema").asBoolean()).isFalse();
        assertThat(json.get("noter").get(0).asText()).startsWith(sentence);
        assertThat(json.get("år").findValuesAsText("måleskema")).containsExactly("fleksjob-2010", "fleksjob-2013");
        try (dk.praksis.report.pdf.PdfText pdf = new dk.praksis.report.pdf.PdfText(
                Files.readAllBytes(out.resolve("sammenligning.pdf")))) {
            String text = pdf.text();
            String method = text.substring(text.lastIndexOf("Metode"));
            assertThat(text.substring(0, text.indexOf("Tydelige ændringer"))).as("Hovedresultater").contains(sentence);
            assertThat(method).contains(sentence);
        }
    }
}
