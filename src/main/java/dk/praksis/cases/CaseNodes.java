package dk.praksis.cases;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dk.praksis.cases.SourceNode.Entry;
import dk.praksis.errors.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The case nodes of a canonical file, each handed on as soon as it is read: the items of {@code sager}, of a
 * top-level list, or the file as one case. A file of thousands of cases is never one tree, and each case is
 * mapped while its nodes are fresh. Problems are those {@link SourceNode#read} gives for the whole root (keys
 * written twice, in file order), and those about the root itself, returned in the order the tree gave them.
 */
final class CaseNodes {

    private CaseNodes() {
    }

    /**
     * Reads the root value at the parser's current token, handing each case node to {@code each}.
     *
     * @return the problems about the root: keys beside {@code sager}, or a {@code sager} that is not a list
     */
    static List<Problem> read(JsonParser p, String shown, List<Entry> duplicates, Consumer<SourceNode> each)
            throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                each.accept(SourceNode.read(p, duplicates));
            }
            return List.of();
        }
        if (t != JsonToken.START_OBJECT) {
            each.accept(SourceNode.read(p, duplicates));
            return List.of();
        }
        Place rootPlace = SourceNode.place(p.currentTokenLocation());
        Map<String, Entry> entries = new LinkedHashMap<>();
        boolean streamed = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            Place keyPlace = SourceNode.place(p.currentTokenLocation());
            p.nextToken();
            if (key.equals(CanonicalCaseFormat.CASES) && !entries.containsKey(key)
                    && p.currentToken() == JsonToken.START_ARRAY) {
                // The list's own items are not kept: only its place, as the first sager wins.
                entries.put(key, new Entry(key, keyPlace, new SourceNode.Sequence(List.of(),
                        SourceNode.place(p.currentTokenLocation()))));
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    each.accept(SourceNode.read(p, duplicates));
                }
                streamed = true;
                continue;
            }
            Entry e = new Entry(key, keyPlace, SourceNode.read(p, duplicates));
            if (entries.putIfAbsent(key, e) != null) {
                duplicates.add(e);
            }
        }
        if (!entries.containsKey(CanonicalCaseFormat.CASES)) {
            each.accept(new SourceNode.Mapping(entries, rootPlace));
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (!e.key().equals(CanonicalCaseFormat.CASES)) {
                problems.add(new Problem(shown + ":" + e.keyPlace().text(), null, "ukendt nøgle "
                        + Quoted.of(e.key(), List.of(CanonicalCaseFormat.CASES))
                        + " ved siden af sager; alt om en sag skal stå inde i sagen"));
            }
        }
        if (!streamed) {
            SourceNode cases = entries.get(CanonicalCaseFormat.CASES).value();
            problems.add(new Problem(shown + ":" + cases.place().text(), null, "sager skal være en liste af sager"));
        }
        return problems;
    }
}
