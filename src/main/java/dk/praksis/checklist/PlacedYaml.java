package dk.praksis.checklist;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.praksis.errors.FilePlace;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.io.ParserLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A small YAML settings file (an audit file, a sample file) read as a tree, with the place of every key
 * and list element by JSON pointer ("/strata/0/antal"), so each problem can name file:line:column.
 * Duplicate keys and aliases (*navn) are errors; syntax errors become one Danish problem at their place.
 */
public record PlacedYaml(JsonNode root, Map<String, JsonLocation> places) {

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

    public PlacedYaml {
        places = Map.copyOf(places);
    }

    /**
     * Reads a file whose top level must be a block of keys.
     *
     * @param what     the file's Danish name for messages, e.g. "udtræksfilen"
     * @param mustHave what the block must hold, for the message when it is not a block
     * @throws InvalidInputException when the file cannot be read, is not YAML, or is not a block
     */
    public static PlacedYaml readBlock(Path file, String what, String mustHave) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), what + " kan ikke læses (findes den?)");
        }
        PlacedYaml yaml = read(bytes, file.toString());
        if (yaml.root() == null || !yaml.root().isObject()) {
            throw new InvalidInputException(file.toString(), what + " skal være en YAML-blok med " + mustHave);
        }
        return yaml;
    }

    /**
     * @param label the file, as messages name it
     * @throws InvalidInputException at the place of a syntax error
     */
    public static PlacedYaml read(byte[] bytes, String label) {
        Map<String, JsonLocation> places = new HashMap<>();
        try {
            try (JsonParser p = YAML.createParser(bytes)) {
                try {
                    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                        if (YamlAliases.isAlias(p)) {
                            throw new InvalidInputException(FilePlace.of(label, p.currentTokenLocation()),
                                    YamlAliases.MESSAGE);
                        }
                        if (t == JsonToken.FIELD_NAME) {
                            places.put(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation());
                        } else if (t.isScalarValue() || t.isStructStart()) {
                            places.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation());
                        }
                    }
                } catch (StreamConstraintsException e) {
                    throw new InvalidInputException(FilePlace.of(label, p.currentLocation()), ParserLimits.MESSAGE);
                }
            }
            return new PlacedYaml(MAPPER.readTree(bytes), places);
        } catch (JsonParseException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
                throw new InvalidInputException(FilePlace.of(label, e.getLocation()), "en nøgle står to gange i samme blok;"
                        + " slet den ene");
            }
            throw syntax(e, label);
        } catch (JsonProcessingException e) {
            throw syntax(e, label);
        } catch (IOException e) {
            throw new InvalidInputException(label, "filen kan ikke læses");
        }
    }

    /** SnakeYAML's own message is English, spans lines and quotes the file: its place, in Danish. */
    private static InvalidInputException syntax(JsonProcessingException e, String label) {
        String generic = "ugyldig YAML her; ret opsætningen (indrykning, kolon, anførselstegn)";
        return YamlSyntax.of(e)
                .map(s -> new InvalidInputException(FilePlace.of(label, s.line(), s.column()),
                        s.explained() ? s.message() : generic))
                .orElseGet(() -> new InvalidInputException(FilePlace.of(label, e.getLocation()), generic));
    }

    /** "file:line:column" for a pointer, or the file alone when the place is unknown. */
    public String where(String label, String pointer) {
        return FilePlace.of(label, places.get(pointer));
    }
}
