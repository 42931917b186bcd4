package dk.praksis.cases;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A user's value in a message. It is echoed only when it is safe by construction, so no rule about
 * what personal data looks like has to be complete: a short token without spaces ("jo", "afslag",
 * "AP9", "noter.csv"), or a near-miss of a known value that the message suggests anyway ("Vejn" for Vejen).
 * Anything else (a name, an address, a sentence) is described without the value.
 */
public final class Quoted {

    /** What a message says instead of a value it does not show. */
    public static final String HIDDEN = "(værdien vises ikke, da den kan indeholde personoplysninger)";

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_.\\-]{1,20}");
    /** Five digits or more could be part of a phone, CPR or account number. */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{5,}");
    /** A near-miss differs from a known value by at most this many letters, so it carries nothing else. */
    private static final int NEAR_MISS = 2;

    private Quoted() {
    }

    /** 'value' when it is a safe token, else {@link #HIDDEN}. */
    public static String of(String value) {
        return of(value, List.of());
    }

    /** 'value' when it is a safe token or a near-miss of one of {@code known}, else {@link #HIDDEN}. */
    public static String of(String value, Collection<String> known) {
        if (value == null) {
            return "(tom)";
        }
        return isSafe(value, known) ? "'" + value.strip() + "'" : HIDDEN;
    }

    /** A case id as messages may show it, or null when it could carry personal data (the place locates the case). */
    public static String caseId(String id) {
        return id == null || !isSafe(id, List.of()) ? null : id.strip();
    }

    /** True when the value may be shown: a safe token, or a near-miss of one of {@code known}. */
    public static boolean isSafe(String value, Collection<String> known) {
        String v = value.strip();
        if (DIGIT_RUN.matcher(NormalisedText.of(v).text).find() || PersonalDataDetector.STANDARD.anyIn(v)) {
            return false;
        }
        if (TOKEN.matcher(v).matches()) {
            return true;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        LevenshteinDistance distance = new LevenshteinDistance(NEAR_MISS);
        return known.stream().anyMatch(k -> distance.apply(lower, k.toLowerCase(Locale.ROOT)) >= 0);
    }
}
