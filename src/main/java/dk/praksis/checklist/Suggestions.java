package dk.praksis.checklist;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Mente du ...?": the nearest of the valid words to a misspelt one. */
final class Suggestions {

    private Suggestions() {
    }

    /** The candidate closest in edit distance, if it is close enough to be a likely typo. */
    static Optional<String> nearest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> distance(w, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(c -> distance(w, c.toLowerCase(Locale.ROOT)) <= Math.max(2, c.length() / 3));
    }

    /** " (mente du 'x'?)" or nothing. */
    static String hint(String word, Collection<String> candidates) {
        return nearest(word, candidates).map(c -> " (mente du '" + c + "'?)").orElse("");
    }

    /** Levenshtein distance (insert, delete, substitute). */
    static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
