package dk.praksis.boardtext;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Markdown files of the board's text as the audit file's {@code tekst:} block names them, resolved
 * against the audit file's folder; any part may be null (or absent from the maps).
 *
 * @param themes   checklist section id to its file
 * @param kommuner kommunekode to its file
 */
public record BoardTextFiles(Path foreword, Path summary, Path introduction, Path rules, Map<String, Path> themes,
                             Path recommendations, Map<String, Path> kommuner) {

    public static final BoardTextFiles NONE = new BoardTextFiles(null, null, null, null, Map.of(), null, Map.of());

    public BoardTextFiles {
        themes = Collections.unmodifiableMap(new TreeMap<>(themes));
        kommuner = Collections.unmodifiableMap(new TreeMap<>(kommuner));
    }

    /**
     * True when no file is named, as in {@link #NONE}; asked field by field, since a record's generated
     * {@code equals} makes the JVM build its method handles on first use, at every run's start.
     */
    public boolean isEmpty() {
        return foreword == null && summary == null && introduction == null && rules == null && themes.isEmpty()
                && recommendations == null && kommuner.isEmpty();
    }
}
