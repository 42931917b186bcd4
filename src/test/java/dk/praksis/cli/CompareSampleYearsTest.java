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
                                + " justeret p = 0,127",
                        "Samlet vurdering for alle kommuner: 15 sammenligninger, ca. 0,8 markeret ved tilfældighed;"
                                + " ingen holder efter korrektion.\n"
                                + "Spørgsmål for alle kommuner: 65 sammenligninger, ca. 3,3 markeret ved tilfældighed;"
                                + " ingen holder efter korrektion.\n"
                                + "Samlet vurdering pr. kommune: 120 sammenligninger, ca. 6,0 markeret ved tilfældighed;"
                                + " ingen holder efter korrektion.\n"
                                + "Spørgsmål pr. kommune: 518 sammenligninger, ca. 25,9 markeret ved tilfældighed;"
                                + " ingen holder efter korrektion.\n");

        Comparison c = Comparer.compare(AuditYears.read(files), ItemMapping.none());
        assertThat(c.kommuner()).hasSize(8);
        assertThat(c.singleYear()).isEmpty();
        assertThat(c.items()).allSatisfy(i -> assertThat(i.flags()).isEmpty());
        assertThat(c.total().verdicts().get(0).trend()).isNotNull();
        // 9 units (all kommuner and 8 kommuner), each change between consecutive years and first to last
        assertThat(c.multiple().comparisons()).isEqualTo(15 + 65 + 120 + 518);
        assertThat(c.multiple().clear()).isEqualTo(23);
        // The primary family: 5 verdict shares for all kommuner × 3 changes, adjusted only among themselves.
        List<dk.praksis.compare.Change> primary = c.total().verdicts().stream().flatMap(m -> m.changes().stream()).toList();
        assertThat(primary).hasSize(15);
        double[] expected = dk.praksis.stats.BenjaminiHochberg.adjust(
                primary.stream().mapToDouble(dk.praksis.compare.Change::fisherP).toArray());
        assertThat(primary.stream().mapToDouble(dk.praksis.compare.Change::adjustedP).toArray()).containsExactly(expected);
        dk.praksis.compare.Change omgoerelse = c.total().verdicts().get(1).overallChange().orElseThrow();
        assertThat(omgoerelse.fisherP()).isCloseTo(0.029, org.assertj.core.api.Assertions.within(0.0005));
        assertThat(omgoerelse.adjustedP()).isCloseTo(0.127, org.assertj.core.api.Assertions.within(0.0005));

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
        assertThat(Files.readString(out.resolve("sammenligning.json")))
                .isEqualTo(new String(dk.praksis.compare.ComparisonJson.toBytes(
                        Comparer.compare(AuditYears.read(files), ItemMapping.none())), java.nio.charset.StandardCharsets.UTF_8));
    }
}
