package dk.praksis.cases;

import dk.praksis.checklist.YamlAliases;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML or JSON value with the line:column where it starts: Jackson's tree model drops token
 * locations, and every message about a case must point into the file. The places are kept as numbers.
 */
sealed interface SourceNode {

    /** The line and column of the value's first token. */
    Place place();

    /** A scalar; {@code text} is null for YAML/JSON null, {@code token} tells string from number or boolean. */
    record Scalar(String text, JsonToken token, Place place) implements SourceNode {
        boolean isBoolean() {
            return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        }
    }

    /**
     * A mapping in file order; each entry also knows where its key is written. Only {@link #read} makes one, from
     * a map it hands over, so the map is wrapped rather than copied (one case has dozens).
     */
    record Mapping(Map<String, Entry> entries, Place place) implements SourceNode {
        public Mapping {
            entries = Collections.unmodifiableMap(entries);
        }
    }

    record Entry(String key, Place keyPlace, SourceNode value) {
    }

    /** A sequence in file order; wrapped, not copied, as {@link Mapping}. */
    record Sequence(List<SourceNode> items, Place place) implements SourceNode {
        public Sequence {
            items = Collections.unmodifiableList(items);
        }
    }

    /**
     * Reads the value at the parser's current token (advance the parser to the first token first).
     * Keys repeated within one mapping are reported to {@code duplicateKeyPlaces}; the first one wins.
     */
    static SourceNode read(JsonParser p, List<Entry> duplicateKeys) throws IOException {
        Place place = place(p.currentTokenLocation());
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                Place keyPlace = place(p.currentTokenLocation());
                p.nextToken();
                Entry e = new Entry(key, keyPlace, read(p, duplicateKeys));
                if (entries.putIfAbsent(key, e) != null) {
                    duplicateKeys.add(e);
                }
            }
            return new Mapping(entries, place);
        }
        if (t == JsonToken.START_ARRAY) {
            List<SourceNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(p, duplicateKeys));
            }
            return new Sequence(items, place);
        }
        if (YamlAliases.isAlias(p)) {
            throw new AliasException(place);
        }
        return new Scalar(t == JsonToken.VALUE_NULL ? null : p.getText(), t, place);
    }

    /** A YAML alias at {@code place} (see {@link YamlAliases}). */
    final class AliasException extends IOException {
        private static final long serialVersionUID = 1L;
        final Place place;

        AliasException(Place place) {
            super("alias");
            this.place = place;
        }
    }

    /** The line and column of a location, as {@link #place()} gives them; put into words only for a message. */
    static Place place(JsonLocation loc) {
        return new Place.LineColumn(loc.getLineNr(), loc.getColumnNr());
    }
}
