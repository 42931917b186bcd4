package dk.praksis.checklist;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

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
            try (JsonParser p = YAML.createParser(bytes)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t == JsonToken.FIELD_NAME) {
                        keys.put(p.getParsingContext().pathAsPointer(), p.currentTokenLocation());
                    }
                }
            }
            JsonNode root = JsonNodes.readTree(MAPPER, new ByteArrayInputStream(bytes),
                    LocationJsonNodeFactoryFactory.getInstance());
            if (root == null || root.isMissingNode() || root.isNull()) {
                problems.add(0, 0, null, "filen er tom; et måleskema skal mindst have id, version, titel, "
                        + "sagstyper, svarskalaer, konsekvenser og afsnit");
                return Optional.empty();
            }
            return Optional.of(new LocatedYaml(root, Map.copyOf(keys)));
        } catch (JsonProcessingException e) {
            MarkedYAMLException marked = markedCause(e);
            if (marked != null) {
                var mark = marked.getProblemMark();
                problems.add(mark.getLine() + 1, mark.getColumn() + 1, nearestId(bytes, mark.getLine()),
                        syntaxMessage(marked));
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

    /** SnakeYAML's own exception, which knows the line and column of the problem, if it caused this one. */
    private static MarkedYAMLException markedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                return m;
            }
        }
        return null;
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

    /** Danish wording for SnakeYAML's most common complaints. */
    private static String syntaxMessage(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContextMark() == null ? ""
                : " (blokken begynder på linje " + (e.getContextMark().getLine() + 1) + ")";
        if (problem.contains("\\t") || problem.contains("TAB")) {
            return "tabulatortegn må ikke bruges til indrykning i YAML; brug mellemrum";
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return "forkert indrykning eller et kolon på et uventet sted: linjen passer ikke ind i blokken over den"
                    + " (sæt tekst med kolon i anførselstegn)";
        }
        if (problem.startsWith("expected <block end>")) {
            return "forkert indrykning: linjen står ikke på linje med de andre nøgler i sin blok" + context;
        }
        if (problem.startsWith("could not find expected ':'")) {
            return "der mangler et kolon (:) efter en nøgle, eller indrykningen er forkert" + context;
        }
        if (problem.startsWith("found undefined alias")) {
            return "ukendt YAML-alias (*navn) uden tilsvarende anker (&navn)";
        }
        if (problem.startsWith("found unexpected end of stream") || problem.contains("quoted scalar")) {
            return "en tekst i anførselstegn slutter ikke (mangler det afsluttende anførselstegn?)" + context;
        }
        return "YAML-syntaksfejl (" + problem + ")" + context;
    }
}
