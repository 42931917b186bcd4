package dk.praksis.cases;

import static dk.praksis.cases.TestCases.bevillingYaml;
import static dk.praksis.cases.TestCases.file;
import static dk.praksis.cases.TestCases.revurderingYaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.praksis.cases.files.CaseFiles;
import dk.praksis.cases.files.CaseFormats;
import dk.praksis.checklist.Checklist;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.PersonalDataException;
import dk.praksis.errors.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFilesTest {

    private static final Checklist CHECKLIST = TestCases.checklist();

    @TempDir
    Path dir;

    private final List<Case> read = new ArrayList<>();

    @Test
    void walksFoldersRecursivelyInNameOrderAndSkipsOtherFiles() throws IOException {
        write("b.yaml", file(bevillingYaml("B-1", "Vejen")));
        write("a/x.json", "{\"sager\": []}");
        write("a/c.yml", file(revurderingYaml("C-1", "Odense"), revurderingYaml("C-2", "Nordfyn")));
        write("noter.txt", "ikke en sag");
        write(".skjult.yaml", "ikke: læst");
        write("~$skabelon.xlsx", "låsefil");
        CaseFiles.Summary s = CaseFiles.read(List.of(dir), CHECKLIST, CaseReadOptions.DEFAULT, read::add);
        assertThat(read).extracting(Case::id).containsExactly("C-1", "C-2", "B-1");
        assertThat(read).extracting(c -> c.kommune().navn()).containsExactly("Odense", "Nordfyns", "Vejen");
        assertThat(s).isEqualTo(new CaseFiles.Summary(3, 3, 0));
    }

    @Test
    void theSameFileNamedTwiceIsReadOnce() throws IOException {
        Path f = write("s.yaml", file(bevillingYaml("B-1", "Vejen")));
        CaseFiles.Summary s = CaseFiles.read(List.of(f, dir), CHECKLIST, CaseReadOptions.DEFAULT, read::add);
        assertThat(s.files()).isEqualTo(1);
        assertThat(read).hasSize(1);
    }

    @Test
    void namedFileOfUnknownTypeAndMissingInputAreProblems() throws IOException {
        Path txt = write("noter.txt", "x");
        InvalidInputException e = catchThrowableOfType(() -> CaseFiles.read(List.of(txt, dir.resolve("mangler")),
                CHECKLIST, CaseReadOptions.DEFAULT, read::add), InvalidInputException.class);
        assertThat(e.lines()).containsExactly(
                txt + ": ukendt filtype; sager læses fra .yaml, .yml, .json, .xlsx og .csv (sager.csv)",
                dir.resolve("mangler") + ": filen eller mappen findes ikke");
    }

    @Test
    void emptyFolderIsAProblem() {
        InvalidInputException e = catchThrowableOfType(() -> CaseFiles.read(List.of(dir), CHECKLIST,
                CaseReadOptions.DEFAULT, read::add), InvalidInputException.class);
        assertThat(e.lines()).singleElement().asString().contains("ingen sagsfiler fundet");
    }

    @Test
    void duplicateIdAcrossFilesNamesBothPlaces() throws IOException {
        write("a.yaml", file(bevillingYaml("SYD10-0417", "Vejen")));
        write("b.yaml", file(revurderingYaml("SYD10-0417", "Vejen")));
        InvalidInputException e = catchThrowableOfType(() -> CaseFiles.read(List.of(dir), CHECKLIST,
                CaseReadOptions.DEFAULT, read::add), InvalidInputException.class);
        assertThat(e.lines()).containsExactly(dir.resolve("b.yaml") + ":2:5 (sag SYD10-0417): sags-id'et"
                + " er brugt to gange; første gang i " + dir.resolve("a.yaml") + ":2:5. Hver sag skal have sit eget id");
    }

    @Test
    void collectsEveryProblemOfEveryFileAndHandsNothingOnAfterTheFirst() throws IOException {
        write("a.yaml", file(bevillingYaml("A-1", "Vejen"), bevillingYaml("A-2", "Vejn"), bevillingYaml("A-3", "Vejen")));
        write("b.yaml", file(revurderingYaml("B-1", "Vejen").replace("2010-02-01", "30.02.2010")));
        InvalidInputException e = catchThrowableOfType(() -> CaseFiles.read(List.of(dir), CHECKLIST,
                CaseReadOptions.DEFAULT, read::add), InvalidInputException.class);
        assertThat(read).extracting(Case::id).containsExactly("A-1");
        assertThat(e.lines()).containsExactly(
                dir.resolve("a.yaml") + ":17:5 (sag A-2): ukendt kommune 'Vejn'. Mente du Vejen?",
                dir.resolve("b.yaml") + ":5:17 (sag B-1): afgørelse.dato er ikke en gyldig dato; skriv fx 2010-03-15,"
                        + " 15-03-2010 eller 15.03.2010");
    }

    @Test
    void personalDataIsRefusedNamingPlaceCaseFieldAndKindButNotTheValue() throws IOException {
        write("a.yaml", file(bevillingYaml("A-1", "Vejen").replace("samlet: hjemvisning",
                "samlet: hjemvisning\n      bemærkning: \"Ring til borgeren på 86 12 34 56 eller aa@vejen.dk\"")));
        PersonalDataException e = catchThrowableOfType(() -> CaseFiles.read(List.of(dir), CHECKLIST,
                CaseReadOptions.DEFAULT, read::add), PersonalDataException.class);
        assertThat(read).isEmpty();
        assertThat(e.lines()).containsExactly(
                dir.resolve("a.yaml") + ":16:7 (sag A-1): vurdering.bemærkning indeholder en e-mailadresse; fjern det"
                        + " fra filen, eller kør med --masker for at erstatte det med \"[e-mailadresse fjernet]\"",
                dir.resolve("a.yaml") + ":16:7 (sag A-1): vurdering.bemærkning indeholder et telefonnummer; fjern det"
                        + " fra filen, eller kør med --masker for at erstatte det med \"[telefonnummer fjernet]\"");
        assertThat(String.join("\n", e.lines())).doesNotContain("86 12 34 56", "aa@vejen.dk");
    }

    @Test
    void maskingHandsOnTheCaseWithValuesReplacedAndCountsThem() throws IOException {
        write("a.yaml", file(bevillingYaml("A-1", "Vejen").replace("uddannelse: \"Udlært",
                "helbred: \"Anders Andersen, cpr 140763-1234\", uddannelse: \"Udlært")));
        CaseFiles.Summary s = CaseFiles.read(List.of(dir), CHECKLIST,
                new CaseReadOptions(true, List.of("Anders Andersen")), read::add);
        assertThat(s.maskedValues()).isEqualTo(2);
        assertThat(read.get(0).documents().get("ressourceprofil").elements().get("helbred"))
                .isEqualTo("[navn fra listen fjernet], cpr [CPR-nummer fjernet]");
    }

    @Test
    void personalDataInAnIdOrAnEchoedValueNeverReachesAMessage() throws IOException {
        write("a.yaml", file(bevillingYaml("140763-1234", "Vejen").replace("AP3: ja", "AP3: Anders")));
        PersonalDataException e = catchThrowableOfType(() -> CaseFiles.read(List.of(dir), CHECKLIST,
                new CaseReadOptions(false, List.of("Anders")), read::add), PersonalDataException.class);
        String all = String.join("\n", e.lines());
        assertThat(all).doesNotContain("140763", "Anders", "(sag ")
                .contains("a.yaml:2:5: id indeholder et CPR-nummer",
                        "vurdering.svar.AP3 indeholder et navn fra listen",
                        "svaret '[navn fra listen fjernet]' på AP3 findes ikke på svarskalaen");
    }

    @Test
    void csvDatasetIsReadThroughSagerCsvWithItsSideTablesLeftToTheFormat() throws IOException {
        write("csv/sager.csv", "id;kommune\n");
        write("csv/perioder.csv", "id;type\n");
        write("csv/Hændelser.csv", "id\n");
        write("andet/perioder.csv", "id\n");
        List<Path> offered = new ArrayList<>();
        CaseFormat csv = new CaseFormat() {
            @Override
            public boolean accepts(Path file) {
                return file.getFileName().toString().endsWith(".csv");
            }

            @Override
            public void read(Path file, Consumer<Case> sink, List<Problem> problems) {
                offered.add(dir.relativize(file));
            }
        };
        catchThrowableOfType(() -> CaseFiles.read(List.of(dir), CHECKLIST, CaseReadOptions.DEFAULT, read::add,
                List.of(new CanonicalCaseFormat(), csv)), InvalidInputException.class);
        assertThat(offered).containsExactly(Path.of("andet/perioder.csv"), Path.of("csv/sager.csv"));

        InvalidInputException e = catchThrowableOfType(() -> CaseFiles.read(List.of(dir.resolve("csv/perioder.csv")),
                CHECKLIST, CaseReadOptions.DEFAULT, read::add, List.of(new CanonicalCaseFormat())),
                InvalidInputException.class);
        assertThat(e.lines()).singleElement().asString().contains("læses sammen med sager.csv");
    }

    @Test
    void theYamlFormatIsAStandardFormat() {
        assertThat(CaseFormats.standard(CHECKLIST)).hasAtLeastOneElementOfType(CanonicalCaseFormat.class);
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }
}
