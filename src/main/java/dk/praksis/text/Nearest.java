package dk.praksis.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Mente du ...?" suggestions: the known names closest to what the user wrote, by Levenshtein
 * distance, nearest first, ties by name. One implementation for the checklist stage and the case
 * stage (which may not depend on each other); each keeps its own closeness and message wording.
 */
public final class Nearest {

    private static final int MAX_SUGGESTIONS = 3;

    /** How far from the text a candidate may be and still be suggested. */
    public enum Closeness {
        /**
         * Names in case data (kommuner, keys, answers): one edit per four letters of the longer word,
         * at least one; a shared stem (five or more first letters, two thirds of the shorter word)
         * counts as one edit: "hjemvist" for "hjemvisning", "Brønderslev" for "Brønderslev-Dronninglund".
         */
        NAMES {
            @Override
            int rank(String text, String candidate, int distance) {
                int d = sharesStem(text, candidate) ? Math.min(distance, 1) : distance;
                return d <= Math.max(1, Math.max(text.length(), candidate.length()) / 4) ? d : TOO_FAR;
            }
        },
        /**
         * Words of the checklist language (keys, types, ids): up to a third of the candidate's
         * letters, at least two edits.
         */
        WORDS {
            @Override
            int rank(String text, String candidate, int distance) {
                return distance <= Math.max(2, candidate.length() / 3) ? distance : TOO_FAR;
            }
        };

        private static final int TOO_FAR = -1;

        /** The candidate's rank (its effective distance), or {@link #TOO_FAR}; both words are keys. */
        abstract int rank(String text, String candidate, int distance);
    }

    private Nearest() {
    }

    /** Up to three candidates close to {@code text} by {@link Closeness#NAMES}, compared in lower case. */
    public static List<String> to(String text, Collection<String> candidates) {
        return to(text, candidates, Nearest::lower, Closeness.NAMES);
    }

    /** Up to three candidates close to {@code text} by {@link Closeness#NAMES}, compared through {@code key}. */
    public static List<String> to(String text, Collection<String> candidates, Function<String, String> key) {
        return to(text, candidates, key, Closeness.NAMES);
    }

    /**
     * Up to three candidates close to {@code text}, compared through {@code key} (e.g. lower case
     * or a folded spelling), nearest first, ties by name.
     */
    public static List<String> to(String text, Collection<String> candidates, Function<String, String> key,
                                  Closeness closeness) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String k = key.apply(text);
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        record Ranked(String name, int rank) {
        }
        return candidates.stream()
                .map(c -> {
                    String ck = key.apply(c);
                    return new Ranked(c, closeness.rank(k, ck, distance.apply(k, ck)));
                })
                .filter(r -> r.rank() != Closeness.TOO_FAR)
                .sorted(Comparator.comparingInt(Ranked::rank).thenComparing(Ranked::name))
                .limit(MAX_SUGGESTIONS)
                .map(Ranked::name)
                .toList();
    }

    /** " Mente du A, B eller C?" or "" when nothing is close. */
    public static String hint(String text, Collection<String> candidates) {
        return phrase(to(text, candidates));
    }

    /** " Mente du A, B eller C?" for the given suggestions, or "" when there are none. */
    public static String phrase(List<String> names) {
        return names.isEmpty() ? "" : " Mente du " + DanishList.or(names) + "?";
    }

    /** Lower case, for comparing names regardless of how they were capitalised. */
    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean sharesStem(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n >= 5 && n * 3 >= Math.min(a.length(), b.length()) * 2;
    }
}
