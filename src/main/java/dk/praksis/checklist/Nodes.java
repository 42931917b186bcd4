package dk.praksis.checklist;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Lenient reads of tree values: wrong shapes are the schema's to report, so these never fail. */
final class Nodes {

    private Nodes() {
    }

    /** The text of a scalar, or null when absent or not a scalar. */
    static String text(JsonNode parent, String key) {
        JsonNode n = parent.get(key);
        return n != null && n.isValueNode() && !n.isNull() ? n.asText() : null;
    }

    /** The scalar texts of a list (a lone scalar counts as a one-element list). */
    static List<String> texts(JsonNode parent, String key) {
        return scalars(parent, key).stream().map(JsonNode::asText).toList();
    }

    /** The scalar nodes of a list, each with its own location (a lone scalar counts as a one-element list). */
    static List<JsonNode> scalars(JsonNode parent, String key) {
        JsonNode n = parent.get(key);
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isValueNode() && !n.isNull()) {
            out.add(n);
        }
        for (JsonNode e : n != null && n.isArray() ? n : List.<JsonNode>of()) {
            if (e.isValueNode() && !e.isNull()) {
                out.add(e);
            }
        }
        return out;
    }

    /** The list element whose text is {@code value}, for placing a problem; else the list itself. */
    static JsonNode element(JsonNode parent, String key, String value) {
        JsonNode n = parent.get(key);
        if (n != null && n.isArray()) {
            for (JsonNode e : n) {
                if (e.asText().equals(value)) {
                    return e;
                }
            }
        }
        return n == null ? parent : n;
    }
}
