package dk.praksis.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import org.junit.jupiter.api.Test;

class FilePlaceTest {

    @Test
    void aKnownLineIsWrittenFileLineColumn() throws Exception {
        try (JsonParser p = new JsonFactory().createParser("{\n  \"a\": 1\n}")) {
            p.nextToken();
            p.nextToken();
            assertThat(FilePlace.of("sager/a.json", p.currentTokenLocation())).isEqualTo("sager/a.json:2:3");
        }
        assertThat(FilePlace.of("m.yaml", 12, 7)).isEqualTo("m.yaml:12:7");
    }

    @Test
    void anUnknownPlaceIsTheFileAlone() {
        assertThat(FilePlace.of("r.json", null)).isEqualTo("r.json");
        assertThat(FilePlace.of("r.json", JsonLocation.NA)).as("line -1").isEqualTo("r.json");
        assertThat(FilePlace.of("r.json", 0, 0)).isEqualTo("r.json");
    }
}
