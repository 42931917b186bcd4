package dk.praksis.checklist;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checklist JSON Schema (checklists/schema/maaleskema.schema.json, on the classpath) and the
 * translation of its findings into Danish problems placed at line:column.
 */
final class ChecklistSchema {

    /** Where the build puts checklists/schema on the classpath (see pom.xml). */
    static final String RESOURCE = "/dk/praksis/checklist/schema/maaleskema.schema.json";

    private static final Map<String, String> TYPE_NAMES = Map.of(
            "string", "en tekst", "integer", "et heltal", "number", "et tal", "boolean", "true eller false",
            "array", "en liste", "object", "en blok af nøgler", "null", "tom");

    private final JsonNode schemaTree;
    private final JsonSchema schema;

    /**
     * The one parsed schema, built on first use: reading and compiling it is the costly part of
     * a load, and a compiled networknt JsonSchema is safe to share between threads.
     */
    static ChecklistSchema instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ChecklistSchema INSTANCE = new ChecklistSchema();
    }

    private ChecklistSchema() {
        try (InputStream in = ChecklistSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("skemaet mangler på classpath: " + RESOURCE);
            }
            schemaTree = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().locale(Locale.ENGLISH).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree, config);
    }

    /** Validates the document and adds every finding, translated, to {@code problems}. */
    void check(LocatedYaml doc, ProblemCollector problems) {
        for (ValidationMessage m : schema.validate(doc.root())) {
            translate(m, doc, problems);
        }
    }

    private void translate(ValidationMessage m, LocatedYaml doc, ProblemCollector problems) {
        JsonPointer at = pointer(m.getInstanceLocation());
        String owner = owner(doc.root(), at);
        JsonNode node = m.getInstanceNode();
        String key = keyName(m.getInstanceLocation());
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        switch (m.getType()) {
            case "additionalProperties", "unevaluatedProperties" -> {
                String prop = m.getProperty();
                Set<String> allowed = allowedKeys(m, node);
                if (allowed.contains(prop)) {
                    return; // noise: a known key left "unevaluated" because its type branch failed elsewhere
                }
                var loc = doc.key(at.appendProperty(prop)).orElse(null);
                problems.at(loc, owner, "ukendt nøgle '" + prop + "'" + Suggestions.hint(prop, allowed)
                        + "; tilladte nøgler her: " + String.join(", ", allowed));
            }
            case "required" -> problems.at(node, owner, "mangler den krævede nøgle '" + m.getProperty() + "'");
            case "type" -> problems.at(node, owner, "'" + key + "' skal være "
                    + typeNames(String.valueOf(args.length > 1 ? args[1] : "")) + ", men er "
                    + typeNames(String.valueOf(args.length > 0 ? args[0] : "")));
            case "enum" -> {
                List<String> valid = new ArrayList<>();
                m.getSchemaNode().forEach(v -> valid.add(v.asText()));
                String value = node.asText();
                String what = key.equals("type") && owner != null && owner.startsWith("spørgsmål")
                        ? "ukendt spørgsmålstype '" + value + "'" + Suggestions.hint(value, valid) + "; gyldige typer: "
                        : "'" + value + "' er ikke en gyldig værdi for '" + key + "'" + Suggestions.hint(value, valid)
                                + "; gyldige værdier: ";
                problems.at(node, owner, what + String.join(", ", valid));
            }
            case "const" -> problems.at(node, owner, "'" + key + "' skal være " + m.getSchemaNode().asText());
            case "pattern" -> problems.at(node, owner, "'" + node.asText() + "' er ikke gyldig som '" + key
                    + "': brug kun bogstaver, tal, bindestreg og understregning, og begynd med et bogstav eller tal");
            case "minLength" -> problems.at(node, owner, "'" + key + "' må ikke være tom");
            case "minItems" -> problems.at(node, owner, "'" + key + "' skal have mindst " + args[0] + " element"
                    + ("1".equals(String.valueOf(args[0])) ? "" : "er"));
            case "minProperties" -> problems.at(node, owner, "'" + key + "' skal have mindst " + args[0] + " nøgle"
                    + ("1".equals(String.valueOf(args[0])) ? "" : "r"));
            case "minimum" -> problems.at(node, owner, "'" + key + "' skal være mindst " + args[0]);
            default -> problems.at(node, owner, "passer ikke med skemaet (" + m.getMessage() + ")");
        }
    }

    /** The keys the schema allows on the object that failed: its properties and those of the matching type branch. */
    private Set<String> allowedKeys(ValidationMessage m, JsonNode instance) {
        String fragment = m.getSchemaLocation().getFragment().toString();
        JsonNode objectSchema = schemaTree.at(JsonPointer.compile(fragment).head());
        Set<String> keys = new LinkedHashSet<>();
        objectSchema.path("properties").fieldNames().forEachRemaining(keys::add);
        JsonNode type = instance.path("type");
        boolean typeKnown = false;
        for (JsonNode branch : objectSchema.path("allOf")) {
            typeKnown |= branch.path("if").path("properties").path("type").path("const").equals(type);
        }
        for (JsonNode branch : objectSchema.path("allOf")) {
            JsonNode cond = branch.path("if").path("properties").path("type").path("const");
            if (!typeKnown || cond.equals(type)) {
                branch.path("then").path("properties").fieldNames().forEachRemaining(keys::add);
            }
        }
        return keys;
    }

    private static String typeNames(String jsonTypes) {
        return List.of(jsonTypes.replaceAll("[\\[\\]\" ]", "").split(",")).stream()
                .map(t -> TYPE_NAMES.getOrDefault(t, t)).collect(Collectors.joining(" eller "));
    }

    static JsonPointer pointer(JsonNodePath path) {
        JsonPointer p = JsonPointer.empty();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object e = path.getElement(i);
            p = e instanceof Integer n ? p.appendIndex(n) : p.appendProperty(String.valueOf(e));
        }
        return p;
    }

    private static String keyName(JsonNodePath path) {
        for (int i = path.getNameCount() - 1; i >= 0; i--) {
            if (!(path.getElement(i) instanceof Integer)) {
                return String.valueOf(path.getElement(i));
            }
        }
        return "måleskemaet";
    }

    /** "spørgsmål AP2", "afsnit RV" or "svarskala ja-nej" for a place inside one, else null. */
    static String owner(JsonNode root, JsonPointer at) {
        List<String> path = segments(at);
        if (path.size() >= 2 && path.get(0).equals("svarskalaer")) {
            return "svarskala " + path.get(1);
        }
        Iterator<String> segments = path.iterator();
        if (!segments.hasNext() || !segments.next().equals("afsnit") || !segments.hasNext()) {
            return null;
        }
        String si = segments.next();
        JsonNode section = root.path("afsnit").path(index(si));
        if (segments.hasNext() && segments.next().equals("spørgsmål") && segments.hasNext()) {
            int ii = index(segments.next());
            JsonNode item = section.path("spørgsmål").path(ii);
            return item.path("id").isTextual() ? "spørgsmål " + item.path("id").asText()
                    : "spørgsmål nr. " + (ii + 1) + " i afsnit " + section.path("id").asText("nr. " + (index(si) + 1));
        }
        return "afsnit " + section.path("id").asText("nr. " + (index(si) + 1));
    }

    private static List<String> segments(JsonPointer p) {
        List<String> out = new ArrayList<>();
        for (JsonPointer q = p; q != null && !q.matches(); q = q.tail()) {
            out.add(q.getMatchingProperty());
        }
        return out;
    }

    private static int index(String segment) {
        try {
            return Integer.parseInt(segment);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
