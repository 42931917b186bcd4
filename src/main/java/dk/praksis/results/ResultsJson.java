package dk.praksis.results;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.io.DeterministicJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    private static InvalidInputException invalid(Path file, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = loc == null ? file.toString() : file + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
        return new InvalidInputException(where, "filen er ikke gyldig JSON");
    }

    /**
     * Reads a results file written by this or a compatible version.
     *
     * @throws InvalidInputException when the file is missing, not JSON, or of another format
     */
    public static ResultsFile read(Path file) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw invalid(file, e);
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
        ResultsFile r;
        try {
            r = MAPPER.treeToValue(tree, ResultsFile.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidInputException(file.toString(), "resultatfilen er ufuldstændig eller beskadiget"
                    + " (forventet format " + ResultsFile.FORMAT + ")");
        }
        return r;
    }
}
