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
        return name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
    }

    /** "arbejdsprøvninger" → "Arbejdsprøvninger". */
    public static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
