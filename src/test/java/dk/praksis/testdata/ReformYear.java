package dk.praksis.testdata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dk.praksis.cases.Case;
import dk.praksis.cases.tables.CaseWorkbookWriter;
import dk.praksis.cases.tables.DanishExcelCsv;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the case files of sample-cases/2014 from {@link ReformStory}, one kommune per file and
 * every input format the tool reads: Odense and Esbjerg as YAML, Kolding and Vejen as JSON,
 * Svendborg as the CSV tables Danish Excel saves, Aabenraa as the reviewers' filled-in workbook
 * (the template {@code praksis template} makes). The files are a pure function of the story and
 * checklists/fleksjob-2013.yaml. ReformYearTest checks the committed files against it and writes
 * them with {@code mvn -o test -Dtest=ReformYearTest -Dpraksis.regenerate=true}.
 */
public final class ReformYear {

    static final Path CHECKLIST = Path.of("checklists/fleksjob-2013.yaml");
    private static final Path SAGER = Path.of("2014", "sager");

    /** How each kommune's extract spells it, as real extracts do. */
    private static final Map<String, String> SPELLING = Map.of("461", "Odense Kommune", "561", "Esbjerg",
            "621", "621", "575", "Vejen Kommune");

    private ReformYear() {
    }

    /** Every file of the year's sager/ folder, relative to the sample root, with its bytes. */
    public static Map<Path, byte[]> files() {
        Checklist checklist = ChecklistLoader.load(CHECKLIST);
        Map<String, List<Case>> byKommune = ReformStory.cases(checklist);
        Map<Path, byte[]> out = new TreeMap<>();
        out.put(SAGER.resolve("odense.yaml"), yaml(byKommune.get("461"), "Odense"));
        out.put(SAGER.resolve("esbjerg.yaml"), yaml(byKommune.get("561"), "Esbjerg"));
        out.put(SAGER.resolve("kolding.json"), json(byKommune.get("621")));
        out.put(SAGER.resolve("vejen.json"), json(byKommune.get("575")));
        DanishExcelCsv.tables(checklist, byKommune.get("479"))
                .forEach((name, bytes) -> out.put(SAGER.resolve("svendborg").resolve(name), bytes));
        out.put(SAGER.resolve("aabenraa.xlsx"), CaseWorkbookWriter.bytes(checklist, byKommune.get("580")));
        return out;
    }

    /** The story's cases, as the files hold them. */
    static List<Case> cases() {
        return ReformStory.cases(ChecklistLoader.load(CHECKLIST)).values().stream().flatMap(List::stream).toList();
    }

    private static byte[] yaml(List<Case> cases, String kommune) {
        ObjectMapper mapper = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .build());
        try {
            String header = "# Fiktive, anonymiserede sagsudtræk: " + kommune + " Kommune, praksisundersøgelsen 2014.\n"
                    + "# Opdigtede eksempeldata til praksis; ingen rigtige personer eller sager.\n"
                    + "# Skrevet af dk.praksis.testdata.ReformYear; ret historien dér, ikke her (se docs/eksempeldata.md).\n";
            return (header + mapper.writeValueAsString(CaseNodes.file(cases, SPELLING)))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] json(List<Case> cases) {
        ObjectNode root = CaseNodes.file(cases, SPELLING);
        try {
            return (new ObjectMapper().writer(SampleYears.printer()).writeValueAsString(root) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
