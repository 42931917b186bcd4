package dk.praksis.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cases.Case;
import dk.praksis.cases.Origin;
import dk.praksis.checklist.ChecklistLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The committed sample-cases/2014 files are exactly what {@link ReformYear} builds, and every
 * format carries the whole story: read back through the real readers, each case is the case the
 * story wrote. Regenerate with {@code mvn -o test -Dtest=ReformYearTest -Dpraksis.regenerate=true}.
 */
class ReformYearTest {

    private static final Path ROOT = Path.of("sample-cases");

    @Test
    void theFilesAreWhatTheGeneratorBuilds() throws IOException {
        Map<Path, byte[]> files = ReformYear.files();
        GeneratedFiles.writeIfAskedAndCheck(ROOT, files);
        assertThat(files.keySet()).extracting(Path::toString).contains("2014/sager/odense.yaml",
                "2014/sager/kolding.json", "2014/sager/svendborg/sager.csv", "2014/sager/svendborg/perioder.csv",
                "2014/sager/svendborg/haendelser.csv", "2014/sager/aabenraa.xlsx");
    }

    @Test
    void everyFormatReadsBackAsTheStoryWroteIt() {
        List<Case> read = SampleYears.read(ROOT.resolve("2014/sager"), ChecklistLoader.load(ReformYear.CHECKLIST));
        Map<String, Case> byId = read.stream().map(ReformYearTest::withoutOrigin)
                .collect(Collectors.toMap(Case::id, Function.identity()));
        List<Case> written = ReformYear.cases();
        assertThat(read).hasSize(written.size());
        for (Case c : written) {
            assertThat(byId.get(c.id())).as(c.id()).isEqualTo(withoutOrigin(c));
        }
    }

    private static Case withoutOrigin(Case c) {
        return new Case(c.id(), c.kommune(), c.caseType(), c.decision(), c.dates(), c.periods(), c.events(),
                c.courses(), c.documents(), c.medicalEvidence(), c.fields(), c.review(), new Origin("", "", Map.of()));
    }
}
