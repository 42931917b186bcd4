package dk.praksis.cases.tables;

import dk.praksis.text.DanishLetters;
import java.util.regex.Pattern;

/** How table, sheet, file and column names are compared and shown. */
final class Names {

    private static final Pattern SAFE_LABEL = Pattern.compile("[\\p{L}\\p{N}_ .\\-]{1,40}");
    private static final Pattern LONG_DIGITS = Pattern.compile("\\d{4,}");

    private Names() {
    }

    /**
     * The comparison key: case-insensitive, Danish letters folded (æ→ae, ø→oe, å→aa), spaces and
     * hyphens as underscores. So "Afgørelse dato", "afgoerelse_dato" and "AFGØRELSE_DATO" match, and a
     * CSV saved in a charset that lost the letters still finds its columns.
     */
    static String key(String name) {
        return DanishLetters.fold(name.strip()).replaceAll("[\\s\\-]+", "_");
    }

    /** ASCII form of a name for file names: "arbejdsprøvninger" → "arbejdsproevninger". */
    static String ascii(String name) {
        return key(name);
    }

    /**
     * A header or sheet name quoted for a message, or a neutral word when it could be personal data
     * (long digit runs, '@', or long text): a header row is user input too.
     */
    static String quoted(String label) {
        String s = label.strip();
        if (SAFE_LABEL.matcher(s).matches() && !LONG_DIGITS.matcher(s).find()) {
            return "'" + s + "'";
        }
        return "(navnet vises ikke)";
    }
}
