package dk.praksis.results;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.praksis.errors.FilePlace;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.io.DeterministicJson;
import dk.praksis.io.ParserLimits;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes and reads {@code resultater.json}. Output is byte-deterministic: fixed key order, LF line
 * ends on every platform, no timestamps, dates as ISO strings, absent values omitted.
 */
public final class ResultsJson {

    /** The name the results file has in an audit's output folder. */
    public static final String FILE_NAME = "resultater.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // later minor additions stay readable
            .build();

    private ResultsJson() {
    }

    public static byte[] toBytes(ResultsFile results) {
        return DeterministicJson.toBytes(results);
    }

    /** Streams the file (never held in memory whole). */
    public static void write(ResultsFile results, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            DeterministicJson.write(results, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(Path file) throws IOException {
        // Always UTF-8, as praksis writes it: Jackson would otherwise guess UTF-16/32 from the first bytes.
        try (JsonParser p = MAPPER.createParser(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder()))) {
            try {
                return MAPPER.readTree(p);
            } catch (StreamConstraintsException e) {
                throw new InvalidInputException(FilePlace.of(file.toString(), p.currentLocation()),
                        ParserLimits.MESSAGE);
            }
        }
    }

    private static InvalidInputException invalid(Path file, JsonProcessingException e) {
        return new InvalidInputException(FilePlace.of(file.toString(), e.getLocation()), "filen er ikke gyldig JSON");
    }

    /**
     * Reads a results file written by this or a compatible version.
     *
     * @throws InvalidInputException when the file is missing, not JSON, or of another format
     */
    public static ResultsFile read(Path file) {
        JsonNode tree;
        try {
            tree = readTree(file);
        } catch (JsonProcessingException e) {
            throw invalid(file, e);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file.toString(), "filen er ikke en resultatfil fra praksis (den er ikke"
                    + " gemt som UTF-8)");
        } catch (IOException e) {
            if (!Files.exists(file)) {
                throw new InvalidInputException(file.toString(), "filen findes ikke");
            }
            throw new UncheckedIOException(e);
        }
        String format = tree == null ? null : tree.path("format").asText(null);
        if (format == null || !format.startsWith("praksis-resultater/")) {
            throw new InvalidInputException(file.toString(), "filen er ikke en resultatfil fra praksis"
                    + " (mangler \"format\": \"" + ResultsFile.FORMAT + "\")");
        }
        if (!format.equals(ResultsFile.FORMAT)) {
            throw new InvalidInputException(file.toString(), "resultatfilen har formatet " + format
                    + ", men denne version læser " + ResultsFile.FORMAT);
        }
        firstNull(tree, "").ifPresent(pointer -> {
            throw new InvalidInputException(file.toString(), "feltet " + pointer + " er null; praksis skriver aldrig"
                    + " null, så filen er ændret eller beskadiget. Kør undersøgelsen igen for at få en ny resultatfil");
        });
        for (String field : REQUIRED) {
            if (!tree.hasNonNull(field)) {
                throw new InvalidInputException(file.toString(), "resultatfilen mangler feltet \"" + field
                        + "\"; kør undersøgelsen igen for at få en ny resultatfil");
            }
        }
        ResultsFile r;
        try {
            r = MAPPER.treeToValue(tree, ResultsFile.class);
        } catch (MismatchedInputException e) {
            // A missing required field or a wrong type: named by its path, never by Jackson's English text.
            throw new InvalidInputException(file.toString(), "resultatfilen er ufuldstændig eller beskadiget ved "
                    + path(e) + ": et felt mangler eller har en forkert type; kør undersøgelsen igen for at få en ny"
                    + " resultatfil");
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(file.toString(), "resultatfilen er ufuldstændig eller beskadiget"
                    + " (forventet format " + ResultsFile.FORMAT + ")");
        }
        List<ChecklistInfo.ConsequenceInfo> consequences = r.checklist().consequences();
        for (int i = 0; i < consequences.size(); i++) {
            if (consequences.get(i).id() == null || consequences.get(i).title() == null) {
                throw new InvalidInputException(file.toString(), "konsekvens nr. " + (i + 1) + " under \"måleskema\""
                        + " mangler \"id\" eller \"titel\"; kør undersøgelsen igen for at få en ny resultatfil");
            }
        }
        for (int i = 0; i < r.cases().size(); i++) {
            CaseEntry c = r.cases().get(i);
            if (c.kommune() == null || c.kommune().kode() == null) {
                throw new InvalidInputException(file.toString(), "sag nr. " + (i + 1) + " under \"sager\" mangler"
                        + " \"kommune\"; kør undersøgelsen igen for at få en ny resultatfil");
            }
        }
        List<Aggregates.KommuneTally> tallies = r.aggregates() == null ? List.of() : r.aggregates().kommuner();
        for (int i = 0; i < tallies.size(); i++) {
            Aggregates.KommuneTally t = tallies.get(i);
            if (t.kommune() == null || t.kommune().kode() == null || t.tally() == null) {
                throw new InvalidInputException(file.toString(), "kommune nr. " + (i + 1) + " under \"aggregater\" mangler"
                        + " \"kommune\" eller \"tal\"; kør undersøgelsen igen for at få en ny resultatfil");
            }
        }
        return r;
    }

    /** "aggregater/kommuner/2/kommune": the place in the file, with list positions counted from 1. */
    private static String path(MismatchedInputException e) {
        List<String> parts = new java.util.ArrayList<>();
        for (JsonMappingException.Reference r : e.getPath()) {
            parts.add(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex() + 1));
        }
        return parts.isEmpty() ? "filens øverste niveau" : String.join("/", parts);
    }

    /** Every top-level field a results file has. */
    private static final List<String> REQUIRED = List.of("undersøgelse", "måleskema", "spørgsmål", "aggregater", "sager");

    /** The JSON pointer of the first explicit null, depth first. */
    private static Optional<String> firstNull(JsonNode node, String pointer) {
        if (node.isNull()) {
            return Optional.of(pointer.isEmpty() ? "/" : pointer);
        }
        if (node.isContainerNode()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            int i = 0;
            for (JsonNode child : node) {
                String name = node.isArray() ? Integer.toString(i++) : fields.next().getKey();
                Optional<String> found = firstNull(child, pointer + "/" + name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
