package dk.praksis.checklist;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import dk.praksis.io.ParserLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML document read into a tree whose nodes know their line and column (the schema
 * validator's location-aware node factory), plus where each key stands, because a message
 * about an unknown key should point at the key rather than at its value.
 */
record LocatedYaml(JsonNode root, Map<JsonPointer, JsonLocation> keys) {

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML);
    private static final Pattern ID_LINE = Pattern.compile("^\\s*(?:-\\s+)?\\{?\\s*id:\\s*['\"]?([^'\",}\\s]+)");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '([^']*)'");

    /** The location of the key at {@code pointer}, e.g. /afsnit/0/titel. */
    Optional<JsonLocation> key(JsonPointer pointer) {
        return Optional.ofNullable(keys.get(pointer));
    }

    /** Reads the bytes; a syntax error becomes a Danish problem and an empty result. */
    static Optional<LocatedYaml> read(byte[] bytes, ProblemCollector problems) {
        try {
            Map<JsonPointer, JsonLocation> keys = new HashMap<>();
            JsonNode root;
            try (JsonParser p = new KeyRecorder(YAML.createParser(bytes), keys)) {
                try {
                    JsonNodeFactory nodes = LocationJsonNodeFactoryFactory.getInstance().getJsonNodeFactory(p);
                    root = MAPPER.reader(nodes).readTree(p);
                    while (p.nextToken() != null) { // the rest of the file is checked as before, though not read
                        continue;
                    }
                } catch (StreamConstraintsException e) {
                    problems.at(p.currentLocation(), null, ParserLimits.MESSAGE);
                    return Optional.empty();
                }
            }
            if (root == null || root.isMissingNode() || root.isNull()) {
                problems.add(0, 0, null, "filen er tom; et måleskema skal mindst have id, version, titel, "
                        + "sagstyper, svarskalaer, konsekvenser og afsnit");
                return Optional.empty();
            }
            return Optional.of(new LocatedYaml(root, Map.copyOf(keys)));
        } catch (JsonProcessingException e) {
            Optional<YamlSyntax.Error> syntax = YamlSyntax.of(e);
            if (syntax.isPresent()) {
                YamlSyntax.Error error = syntax.get();
                problems.add(error.line(), error.column(), nearestId(bytes, error.line() - 1), error.message());
                return Optional.empty();
            }
            JsonLocation loc = e.getLocation();
            Matcher dup = DUPLICATE.matcher(e.getOriginalMessage());
            String msg = dup.find() ? "nøglen '" + dup.group(1) + "' står to gange i samme blok"
                    : "YAML-fejl: " + e.getOriginalMessage();
            problems.at(loc, null, msg);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Notes where each key stands as the tree is read from the parser, so the document is parsed once: the tree's
     * nodes know where their values stand, not their keys.
     */
    private static final class KeyRecorder extends JsonParserDelegate {
        private final Map<JsonPointer, JsonLocation> keys;

        KeyRecorder(JsonParser parser, Map<JsonPointer, JsonLocation> keys) {
            super(parser);
            this.keys = keys;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            return noted(super.nextToken());
        }

        @Override
        public String nextFieldName() throws IOException {
            return noted(super.nextToken()) == JsonToken.FIELD_NAME ? currentName() : null;
        }

        @Override
        public boolean nextFieldName(SerializableString name) throws IOException {
            return noted(super.nextToken()) == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
        }

        private JsonToken noted(JsonToken t) {
            if (t == JsonToken.FIELD_NAME) {
                keys.put(getParsingContext().pathAsPointer(), currentTokenLocation());
            }
            return t;
        }
    }

    /**
     * The tree is lost on a syntax error, so name the nearest id written above the broken line
     * (0-based), which is almost always the item the author was editing.
     */
    private static String nearestId(byte[] bytes, int line) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\R", -1);
        for (int i = Math.min(line, lines.length - 1); i >= 0; i--) {
            Matcher m = ID_LINE.matcher(lines[i]);
            if (m.find()) {
                return "nær id " + m.group(1);
            }
        }
        return null;
    }
}
