package dk.praksis.cases;

import dk.praksis.text.DanishList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Mente du ...?" suggestions: the known names closest to what the user wrote. */
public final class Nearest {

    private static final int MAX_SUGGESTIONS = 3;

    private Nearest() {
    }

    /** Up to three candidates close to {@code text}, nearest first, ties by name. */
    public static List<String> to(String text, Collection<String> candidates) {
        return to(text, candidates, c -> c.toLowerCase(Locale.ROOT));
    }

    /**
     * Up to three candidates close to {@code text}, compared through {@code key} (e.g. a folded
     * spelling). "Close" is one edit per four letters of the longer word, at least one; a
     * shared stem (see {@link #sharesStem}) counts as one edit.
     */
    public static List<String> to(String text, Collection<String> candidates, Function<String, String> key) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String k = key.apply(text);
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        record Scored(String name, int distance) {
        }
        return candidates.stream()
                .map(c -> {
                    String ck = key.apply(c);
                    int d = distance.apply(k, ck);
                    if (sharesStem(k, ck)) {
                        d = Math.min(d, 1); // "hjemvist" for "hjemvisning", "Brønderslev" for "Brønderslev-Dronninglund"
                    }
                    return new Scored(c, d);
                })
                .filter(s -> s.distance() <= Math.max(1, Math.max(k.length(), key.apply(s.name()).length()) / 4))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(MAX_SUGGESTIONS)
                .map(Scored::name)
                .toList();
    }

    /** Both start with the same five or more letters, covering at least two thirds of the shorter word. */
    private static boolean sharesStem(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n >= 5 && n * 3 >= Math.min(a.length(), b.length()) * 2;
    }

    /** " Mente du A, B eller C?" or "" when nothing is close. */
    public static String hint(String text, Collection<String> candidates) {
        return phrase(to(text, candidates));
    }

    static String phrase(List<String> names) {
        return names.isEmpty() ? "" : " Mente du " + DanishList.or(names) + "?";
    }
}
