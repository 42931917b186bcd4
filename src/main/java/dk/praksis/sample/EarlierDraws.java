package dk.praksis.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.io.FolderAndName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cases earlier draws took (their protokol.json files), which a new draw must not take again: a monthly
 * ledelsestilsyn looks at a case once. Reserve cases that were never used stay in the population.
 *
 * @param drawn        "kommunekode/reference" of every case drawn before
 * @param records      one per record file: its name, SHA-256 and how many cases it excludes
 * @param seen         per kommunekode, how many drawn cases each caseworker had in the earlier draws (from the
 *                     records' {@code dækning}; records without it add nothing)
 * @param regularDraws how many of the records are regular draws, not re-draws for one caseworker
 */
public record EarlierDraws(Set<String> drawn, List<DrawRecord.Earlier> records, Map<String, Map<String, Integer>> seen,
                           int regularDraws) {

    public static final EarlierDraws NONE = new EarlierDraws(Set.of(), List.of(), Map.of(), 0);

    public EarlierDraws {
        drawn = Set.copyOf(drawn);
        records = List.copyOf(records);
        Map<String, Map<String, Integer>> copy = new HashMap<>();
        seen.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        seen = Collections.unmodifiableMap(copy);
    }

    /** @throws InvalidInputException naming the file when it is not a record of {@code praksis sample} */
    public static EarlierDraws read(List<Path> files) {
        Set<String> drawn = new HashSet<>();
        List<DrawRecord.Earlier> records = new ArrayList<>();
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        int regular = 0;
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
            regular += root.hasNonNull("sagsbehandler") ? 0 : 1;
            int count = 0;
            for (JsonNode k : root.path("kommuner")) {
                String kode = k.path("kode").asText();
                for (JsonNode s : k.path("strata")) {
                    for (JsonNode ref : s.path("udtrukket")) {
                        count += drawn.add(kode + "/" + ref.asText()) ? 1 : 0;
                    }
                }
                k.path("dækning").path("denne_gang").fields().forEachRemaining(e -> seen
                        .computeIfAbsent(kode, x -> new HashMap<>()).merge(e.getKey(), e.getValue().size(), Integer::sum));
            }
            records.add(new DrawRecord.Earlier(FolderAndName.of(file), PopulationReader.sha256(bytes), count));
        }
        return new EarlierDraws(drawn, records, seen, regular);
    }

    public boolean excludes(PopulationCase c) {
        return drawn.contains(c.kommune().kode() + "/" + c.reference());
    }

    /** How many cases of each caseworker of the kommune earlier draws took. */
    public Map<String, Integer> seenIn(String kommunekode) {
        return seen.getOrDefault(kommunekode, Map.of());
    }
}
