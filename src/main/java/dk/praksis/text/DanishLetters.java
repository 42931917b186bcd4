package dk.praksis.text;

import java.util.Locale;

/**
 * Names compared regardless of case and of Danish letters: "Afgørelse" and "afgoerelse" fold alike,
 * so a name typed on a keyboard or saved in a charset without æ, ø and å still matches.
 */
public final class DanishLetters {

    private DanishLetters() {
    }

    /** Lower case with æ→ae, ø→oe, å→aa: "Høje-Taastrup" → "hoeje-taastrup". */
    public static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
    }
}
