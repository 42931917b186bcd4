package dk.praksis.boardtext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The board's text for one audit; every part is optional (null or absent when the audit file names none).
 *
 * @param themes   checklist section id to the text that opens that theme's results
 * @param kommuner kommunekode to a note for that kommune's attachment alone
 */
public record BoardText(Prose foreword, Prose summary, Prose introduction, Prose rules, Map<String, Prose> themes,
                        Prose recommendations, Map<String, Prose> kommuner) {

    public static final BoardText NONE = new BoardText(null, null, null, null, Map.of(), null, Map.of());

    public BoardText {
        themes = Collections.unmodifiableMap(new TreeMap<>(themes));
        kommuner = Collections.unmodifiableMap(new TreeMap<>(kommuner));
    }

    /** Every text that is given, in the order a reader meets them. */
    public List<Prose> all() {
        List<Prose> out = new ArrayList<>();
        Stream.of(foreword, summary, introduction, rules).filter(p -> p != null).forEach(out::add);
        out.addAll(themes.values());
        if (recommendations != null) {
            out.add(recommendations);
        }
        out.addAll(kommuner.values());
        return out;
    }

    public boolean isEmpty() {
        return all().isEmpty();
    }
}
