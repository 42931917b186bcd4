package dk.praksis.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.praksis.errors.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cases earlier draws took (their protokol.json files), which a new draw must not take again: a monthly
 * ledelsestilsyn looks at a case once. Reserve cases that were never used stay in the population.
 *
 * @param drawn   "kommunekode/reference" of every case drawn before
 * @param records one per record file: its name, SHA-256 and how many cases it excludes
 */
public record EarlierDraws(Set<String> drawn, List<DrawRecord.Earlier> records) {

    public static final EarlierDraws NONE = new EarlierDraws(Set.of(), List.of());

    public EarlierDraws {
        drawn = Set.copyOf(drawn);
        records = List.copyOf(records);
    }

    /** @throws InvalidInputException naming the file when it is not a record of {@code praksis sample} */
    public static EarlierDraws read(List<Path> files) {
        Set<String> drawn = new HashSet<>();
        List<DrawRecord.Earlier> records = new ArrayList<>();
        for (Path file : files) {
            JsonNode root;
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
                root = new ObjectMapper().readTree(bytes);
            } catch (IOException e) {
                throw new InvalidInputException(file.toString(), "protokollen kan ikke læses (findes filen, og er den"
                        + " protokol.json fra 'praksis sample'?)");
            }
            if (root == null || !DrawRecord.FORMAT.equals(root.path("format").asText())) {
                throw new InvalidInputException(file.toString(), "filen er ikke en protokol fra 'praksis sample'"
                        + " (format " + DrawRecord.FORMAT + ")");
            }
            int count = 0;
            for (JsonNode k : root.path("kommuner")) {
                for (JsonNode s : k.path("strata")) {
                    for (JsonNode ref : s.path("udtrukket")) {
                        count += drawn.add(k.path("kode").asText() + "/" + ref.asText()) ? 1 : 0;
                    }
                }
            }
            records.add(new DrawRecord.Earlier(file.getFileName().toString(), PopulationReader.sha256(bytes), count));
        }
        return new EarlierDraws(drawn, records);
    }

    public boolean excludes(PopulationCase c) {
        return drawn.contains(c.kommune().kode() + "/" + c.reference());
    }
}
