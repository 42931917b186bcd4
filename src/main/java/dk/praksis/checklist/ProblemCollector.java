package dk.praksis.checklist;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.utils.JsonNodes;
import dk.praksis.errors.FilePlace;
import dk.praksis.errors.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gathers every problem found in one checklist file, each placed as file:line:column and
 * prefixed with the item (or section) it concerns, so one run reports them all.
 */
final class ProblemCollector {

    private record Entry(int line, int column, int order, Problem problem) {
    }

    private final String file;
    private final List<Entry> entries = new ArrayList<>();

    ProblemCollector(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** A problem at a node of the tree (its location comes from the location-aware reader). */
    void at(JsonNode node, String owner, String message) {
        JsonLocation loc = node == null ? null : JsonNodes.tokenLocationOf(node);
        at(loc, owner, message);
    }

    /** A problem at a parser location; {@code owner} is e.g. "spørgsmål AP2", or null. */
    void at(JsonLocation loc, String owner, String message) {
        int line = loc == null ? 0 : loc.getLineNr();
        int column = loc == null ? 0 : loc.getColumnNr();
        add(line, column, owner, message);
    }

    void add(int line, int column, String owner, String message) {
        String where = FilePlace.of(file, line, column);
        String text = owner == null ? message : owner + ": " + message;
        entries.add(new Entry(line, column, entries.size(), new Problem(where, null, text)));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** In file order, so the list reads top to bottom like the file. */
    List<Problem> problems() {
        return entries.stream()
                .sorted(Comparator.comparingInt(Entry::line).thenComparingInt(Entry::column)
                        .thenComparingInt(Entry::order))
                .map(Entry::problem).distinct().toList();
    }
}
