package dk.praksis.text;

import java.util.Locale;

/**
 * Letters of names and sentences: folding for comparison regardless of case and Danish letters
 * ("Afgørelse" and "afgoerelse" fold alike, so a name typed on a keyboard or saved in a charset
 * without æ, ø and å still matches), and a capital first letter.
 */
public final class DanishLetters {

    private DanishLetters() {
    }

    /** Lower case with æ→ae, ø→oe, å→aa: "Høje-Taastrup" → "hoeje-taastrup". */
    public static String fold(String name) {
        return ascii(name).toLowerCase(Locale.ROOT);
    }

    /** Danish letters spelt out, case kept: "Ærø" → "Aeroe" (for file names on platforms without them). */
    public static String ascii(String name) {
        return name.replace("Æ", "Ae").replace("æ", "ae").replace("Ø", "Oe").replace("ø", "oe")
                .replace("Å", "Aa").replace("å", "aa");
    }

    /** "arbejdsprøvninger" → "Arbejdsprøvninger". */
    /** The text with its first letter in lower case, to go inside a sentence: "Praksisundersøgelse om …" → "praksisundersøgelse om …". */
    public static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? s : s.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + s.substring(1);
    }

    public static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
