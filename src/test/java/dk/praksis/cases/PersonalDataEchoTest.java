package dk.praksis.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cli.CliRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name and address typed into any field of any case format never reaches what {@code praksis
 * validate} prints, while a short typo is still shown with its suggestion.
 */
class PersonalDataEchoTest {

    private static final String CHECKLIST = "src/test/resources/maaleskemaer/fleksjob-2010-v1.yaml";
    private static final String PERSONAL = "Hans Jensen, Vestergade 4";

    @TempDir
    Path dir;

    /** A valid case by field; a test puts a bad value into one of them. */
    private static Map<String, String> validCase() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("id", "SYD10-0417");
        c.put("kommune", "Vejen");
        c.put("sagstype", "bevilling");
        c.put("afgørelse_dato", "2010-03-15");
        c.put("AP3", "ja");
        c.put("samlet", "hjemvisning");
        return c;
    }

    private static String yaml(Map<String, String> c, String extraKey) {
        return "id: " + c.get("id") + "\nkommune: \"" + c.get("kommune") + "\"\nsagstype: \"" + c.get("sagstype")
                + "\"\nafgørelse: {dato: " + c.get("afgørelse_dato") + "}\n"
                + (extraKey == null ? "" : "\"" + extraKey + "\": ja\n")
                + "vurdering:\n  bedømmer: R1\n  svar: {VV1: ja, VV2: ja, VV3: ja, AP3: \"" + c.get("AP3")
                + "\", RP3: nej, FV1: ja, FV2: ja, FV3: ja}\n  samlet: \"" + c.get("samlet") + "\"\n";
    }

    private static String json(Map<String, String> c, String extraKey) {
        return "{\"id\": \"" + c.get("id") + "\", \"kommune\": \"" + c.get("kommune") + "\", \"sagstype\": \""
                + c.get("sagstype") + "\", \"afgørelse\": {\"dato\": \"" + c.get("afgørelse_dato") + "\"}, "
                + (extraKey == null ? "" : "\"" + extraKey + "\": true, ")
                + "\"vurdering\": {\"svar\": {\"VV1\": \"ja\", \"VV2\": \"ja\", \"VV3\": \"ja\", \"AP3\": \""
                + c.get("AP3") + "\", \"RP3\": \"nej\", \"FV1\": \"ja\", \"FV2\": \"ja\", \"FV3\": \"ja\"}, \"samlet\": \""
                + c.get("samlet") + "\"}}";
    }

    /** The header row and the one data row of a Sager table; an extra header is an unknown column. */
    private static List<List<String>> table(Map<String, String> c, String extraHeader) {
        List<String> headers = new java.util.ArrayList<>(List.of("id", "kommune", "sagstype", "afgørelse_dato",
                "bedømmer", "VV1", "VV2", "VV3", "AP3", "RP3", "FV1", "FV2", "FV3", "samlet"));
        List<String> row = new java.util.ArrayList<>(List.of(c.get("id"), c.get("kommune"), c.get("sagstype"),
                c.get("afgørelse_dato"), "R1", "ja", "ja", "ja", c.get("AP3"), "nej", "ja", "ja", "ja", c.get("samlet")));
        if (extraHeader != null) {
            headers.add(extraHeader);
            row.add("ja");
        }
        return List.of(headers, row);
    }

    private Path write(String format, Map<String, String> c, String extraKey) throws IOException {
        switch (format) {
            case "yaml" -> {
                return Files.writeString(dir.resolve("sag.yaml"), yaml(c, extraKey), StandardCharsets.UTF_8);
            }
            case "json" -> {
                return Files.writeString(dir.resolve("sag.json"), json(c, extraKey), StandardCharsets.UTF_8);
            }
            case "csv" -> {
                StringBuilder csv = new StringBuilder();
                for (List<String> line : table(c, extraKey)) {
                    csv.append(String.join(";", line.stream().map(v -> "\"" + v + "\"").toList())).append("\r\n");
                }
                Path folder = Files.createDirectories(dir.resolve("csv"));
                Files.writeString(folder.resolve("sager.csv"), csv, StandardCharsets.UTF_8);
                return folder;
            }
            default -> {
                Path file = dir.resolve("sager.xlsx");
                try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                    Sheet sheet = wb.createSheet("Sager");
                    List<List<String>> rows = table(c, extraKey);
                    for (int r = 0; r < rows.size(); r++) {
                        Row row = sheet.createRow(r);
                        for (int col = 0; col < rows.get(r).size(); col++) {
                            row.createCell(col).setCellValue(rows.get(r).get(col));
                        }
                    }
                    wb.write(out);
                }
                return file;
            }
        }
    }

    private CliRun validate(String format, String field, String value) throws IOException {
        Map<String, String> c = validCase();
        String extraKey = null;
        if (field.equals("nøgle")) {
            extraKey = value;
        } else {
            c.put(field, value);
        }
        return CliRun.of("validate", "--checklist", CHECKLIST, write(format, c, extraKey).toString());
    }

    @ParameterizedTest
    @CsvSource({"yaml", "json", "csv", "xlsx"})
    void theValidCaseIsValidInEveryFormat(String format) throws IOException {
        CliRun r = CliRun.of("validate", "--checklist", CHECKLIST, write(format, validCase(), null).toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "yaml, kommune", "yaml, sagstype", "yaml, AP3", "yaml, samlet", "yaml, nøgle",
        "json, kommune", "json, sagstype", "json, AP3", "json, samlet", "json, nøgle",
        "csv, kommune", "csv, sagstype", "csv, AP3", "csv, samlet", "csv, nøgle",
        "xlsx, kommune", "xlsx, sagstype", "xlsx, AP3", "xlsx, samlet", "xlsx, nøgle"
    })
    void aNameAndAddressIsNeverShown(String format, String field) throws IOException {
        CliRun r = validate(format, field, PERSONAL);

        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.out() + r.err()).doesNotContain("Hans", "Jensen", "Vestergade");
        assertThat(r.err()).containsAnyOf(Quoted.HIDDEN, "(navnet vises ikke, da det kan indeholde personoplysninger)");
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource({
        "yaml, kommune, Vejn, Vejen", "yaml, sagstype, bevillig, bevilling", "yaml, samlet, hjemvisnig, hjemvisning",
        "json, kommune, Vejn, Vejen", "json, samlet, hjemvisnig, hjemvisning",
        "csv, kommune, Vejn, Vejen", "csv, sagstype, bevillig, bevilling",
        "xlsx, kommune, Vejn, Vejen", "xlsx, samlet, hjemvisnig, hjemvisning"
    })
    void aShortTypoIsShownWithItsSuggestion(String format, String field, String typo, String meant)
            throws IOException {
        CliRun r = validate(format, field, typo);

        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains("'" + typo + "'", "Mente du " + meant + "?");
    }

    @Test
    void aShortAnswerOffTheScaleIsShown() throws IOException {
        CliRun r = validate("yaml", "AP3", "jo");

        assertThat(r.err()).contains("svaret 'jo' på AP3 findes ikke på svarskalaen", "Mente du ja?");
    }

    @Test
    void aNearMissWithASpaceIsShownButTheSameNameWithAnAddressIsNot() throws IOException {
        CliRun near = validate("yaml", "kommune", "Ringkøbing Skjrn");
        assertThat(near.err()).contains("ukendt kommune 'Ringkøbing Skjrn'. Mente du Ringkøbing-Skjern?");

        CliRun address = validate("yaml", "kommune", "Vejen Vestergade 4");
        assertThat(address.out() + address.err()).doesNotContain("Vestergade");
    }
}
