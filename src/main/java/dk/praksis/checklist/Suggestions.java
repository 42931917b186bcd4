package dk.praksis.checklist;

import dk.praksis.text.Nearest;
import java.util.Collection;

/** The checklist's "mente du ...?" wording: the one nearest valid word, quoted, in parentheses. */
final class Suggestions {

    private Suggestions() {
    }

    /** " (mente du 'x'?)" or nothing. */
    static String hint(String word, Collection<String> candidates) {
        return Nearest.to(word, candidates, Nearest::lower, Nearest.Closeness.WORDS).stream().findFirst()
                .map(c -> " (mente du '" + c + "'?)").orElse("");
    }
}
