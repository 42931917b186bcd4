package dk.praksis.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.KommuneRegister;
import dk.praksis.cases.files.CaseFiles;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.testdata.ScalePopulation.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScalePopulationTest {

    private final Checklist checklist = ChecklistLoader.load(ChecklistVocabulary.FLEKSJOB_2010);

    @ParameterizedTest
    @EnumSource(Format.class)
    void thePopulationReadsBackWholeFromItsChunksInEachFormat(Format format, @TempDir Path dir) throws IOException {
        List<Case> generated = SyntheticCases.fleksjob2010().generate(150, 42);

        int written = ScalePopulation.write(format, checklist, generated.stream(), dir, 60);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactlyElementsOf(switch (format) {
                case YAML -> List.of("sager-001.yaml", "sager-002.yaml", "sager-003.yaml");
                case XLSX -> List.of("sager-001.xlsx", "sager-002.xlsx", "sager-003.xlsx");
                case CSV -> List.of("del-001", "del-002", "del-003");
            });
        }
        List<Case> read = new ArrayList<>();
        CaseFiles.Summary summary = CaseFiles.read(List.of(dir), checklist, CaseReadOptions.DEFAULT, read::add);
        assertThat(written).isEqualTo(150);
        assertThat(summary.cases()).isEqualTo(150);
        assertThat(read).extracting(Case::id).containsExactlyElementsOf(generated.stream().map(Case::id).toList());
        Map<String, Case> byId = read.stream().collect(Collectors.toMap(Case::id, Function.identity()));
        for (Case c : generated) {
            Case back = byId.get(c.id());
            assertThat(back.kommune()).isEqualTo(c.kommune());
            assertThat(back.review().answers()).isEqualTo(c.review().answers());
            assertThat(back.review().verdict()).isEqualTo(c.review().verdict());
            assertThat(back.periods()).isEqualTo(c.periods());
        }
    }

    @Test
    void spreadGivesEveryKommuneOfTheRegisterItsShare(@TempDir Path dir) {
        var kommuner = KommuneRegister.standard().all();
        int n = kommuner.size() * 3;

        ScalePopulation.write(Format.YAML, checklist,
                ScalePopulation.spread(SyntheticCases.fleksjob2010().stream(42).limit(n), kommuner), dir);

        List<Case> read = new ArrayList<>();
        CaseFiles.read(List.of(dir), checklist, CaseReadOptions.DEFAULT, read::add);
        assertThat(kommuner).hasSize(98);
        assertThat(read.stream().collect(Collectors.groupingBy(Case::kommune, Collectors.counting())))
                .hasSize(98).allSatisfy((k, count) -> assertThat(count).isEqualTo(3L));
    }
}
