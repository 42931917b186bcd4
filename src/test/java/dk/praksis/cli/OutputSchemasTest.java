package dk.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas in docs/schema (shipped in the jar) describe exactly what audit and compare write: the
 * four sample years' resultater.json and two comparisons pass, and a file that strays from the format does not.
 */
class OutputSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESULTS = "resultater.schema.json";
    private static final String COMPARISON = "sammenligning.schema.json";

    @TempDir
    static Path dir;

    @BeforeAll
    static void auditTheSampleYears() {
        for (String year : List.of("2009", "2010", "2011", "2014")) {
            CliRun r = CliRun.of("audit", "sample-cases/" + year + "/undersoegelse.yaml", "--out",
                    dir.resolve(year).toString(), "--stille");
            assertThat(r.exitCode()).as(r.err()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2009", "2010", "2011", "2014"})
    void everySampleYearsResultsMatchTheSchema(String year) throws IOException {
        assertThat(schema(RESULTS).validate(read(results(year)))).isEmpty();
    }

    /** Three years (with a trend test) and the reform comparison (two checklists, a kommune in one year only). */
    @Test
    void comparisonsMatchTheSchema() throws IOException {
        JsonNode threeYears = compare("tre", results("2009"), results("2010"), results("2011"));
        assertThat(threeYears.at("/i_alt/vurderinger/0/trend").isObject()).isTrue();
        assertThat(schema(COMPARISON).validate(threeYears)).isEmpty();

        JsonNode reform = compare("reform", results("2011"), results("2014"));
        assertThat(reform.path("samme_måleskema").asBoolean()).isFalse();
        assertThat(reform.path("kommuner_kun_ét_år")).isNotEmpty();
        assertThat(schema(COMPARISON).validate(reform)).isEmpty();
    }

    @Test
    void aFileThatStraysFromTheFormatFails() throws IOException {
        ObjectNode results = (ObjectNode) read(results("2011"));
        ObjectNode item = (ObjectNode) results.at("/sager/0/spørgsmål").elements().next();
        item.put("udfald", "måske");
        results.put("ekstra", 1);
        ((ObjectNode) results.at("/aggregater/i_alt")).remove("sager");
        Set<ValidationMessage> found = schema(RESULTS).validate(results);
        assertThat(found).extracting(ValidationMessage::getType)
                .contains("enum", "additionalProperties", "required");

        ObjectNode comparison = (ObjectNode) compare("fejl", results("2010"), results("2011"));
        comparison.put("format", "praksis-sammenligning/2");
        assertThat(schema(COMPARISON).validate(comparison)).extracting(ValidationMessage::getType).contains("const");
    }

    @ParameterizedTest
    @ValueSource(strings = {RESULTS, COMPARISON})
    void theJarCarriesTheDocumentedSchemaAndItIsAValidDraft202012Schema(String name) throws IOException {
        byte[] documented = Files.readAllBytes(Path.of("docs/schema", name));
        try (InputStream in = OutputSchemasTest.class.getResourceAsStream("/dk/praksis/schema/" + name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(documented);
        }
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(JSON.readTree(documented))).isEmpty();
    }

    private static Path results(String year) {
        return dir.resolve(year).resolve("resultater.json");
    }

    private static JsonNode compare(String name, Path... files) throws IOException {
        Path out = dir.resolve("sammenligning-" + name);
        String[] args = new String[files.length + 3];
        args[0] = "compare";
        for (int i = 0; i < files.length; i++) {
            args[i + 1] = files[i].toString();
        }
        args[files.length + 1] = "--out";
        args[files.length + 2] = out.toString();
        CliRun r = CliRun.of(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return read(out.resolve("sammenligning.json"));
    }

    private static JsonSchema schema(String name) throws IOException {
        try (InputStream in = OutputSchemasTest.class.getResourceAsStream("/dk/praksis/schema/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
        }
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }
}
