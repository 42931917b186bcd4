package dk.praksis.cases.tables;

import dk.praksis.cases.Quoted;
import dk.praksis.text.DanishLetters;
import java.util.Collection;

/** How table, sheet, file and column names are compared and shown. */
final class Names {

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
     * A header, sheet or file name quoted for a message by the rule of {@link Quoted} (a safe token or
     * a near-miss of one of {@code known}), or a neutral phrase: a header row is user input too.
     */
    static String quoted(String label, Collection<String> known) {
        String s = label.strip();
        return Quoted.isSafe(s, known) ? "'" + s + "'" : "(navnet vises ikke, da det kan indeholde personoplysninger)";
    }

    /** A sheet as a place names it: its name when that cannot be personal data, else "ark nr. N" (from 1). */
    static String sheet(String name, int number) {
        String s = name.strip();
        return Quoted.isSafe(s, java.util.List.of()) && s.chars().noneMatch(Character::isWhitespace) ? s
                : "ark nr. " + number;
    }
}
