package dk.praksis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scale benchmark's baseline: every YAML file of a folder parsed into Jackson's tree and nothing
 * else (no checks, no guard, no scoring, no reports). Prints the number of cases found, so the
 * parse cannot be optimised away and the count can be checked against the audit's.
 */
public final class JacksonParseOnly {

    private JacksonParseOnly() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        long cases = 0;
        for (Path f : files) {
            JsonNode root = yaml.readTree(f.toFile());
            cases += root.path("sager").size();
        }
        System.out.println(cases + " sager læst");
    }
}
