package dk.praksis.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The schema editors use is the one the loader uses, and it is itself a valid 2020-12 schema. */
class ChecklistSchemaFileTest {

    private static final Path FILE = Path.of("checklists/schema/maaleskema.schema.json");

    @Test
    void classpathCopyIsTheFileInChecklists() throws Exception {
        try (InputStream in = ChecklistSchema.class.getResourceAsStream(ChecklistSchema.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(FILE));
        }
    }

    @Test
    void isAValidDraft202012Schema() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(FILE.toFile());
        var meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(schema)).isEmpty();
    }

    @Test
    void everyItemTypeHasABranch() throws Exception {
        JsonNode item = new ObjectMapper().readTree(FILE.toFile()).at("/$defs/spørgsmål");
        assertThat(item.at("/properties/type/enum")).extracting(JsonNode::asText)
                .containsExactly("vurdering", "frist", "fuldstændighed", "forløb", "dato_før", "hyppighed");
        assertThat(item.path("allOf")).extracting(b -> b.at("/if/properties/type/const").asText())
                .containsExactly(java.util.Arrays.stream(ItemType.values()).map(ItemType::key).toArray(String[]::new));
    }
}
