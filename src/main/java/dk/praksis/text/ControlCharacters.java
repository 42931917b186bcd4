package dk.praksis.text;

/**
 * Characters that change how a terminal shows text instead of being shown: C0 and C1 controls (line
 * breaks, ESC of colour codes, DEL) and the bidirectional controls that reverse what follows. In an
 * id or a message they forge lines, recolour the terminal or disguise a value.
 */
public final class ControlCharacters {

    /** What a message shows in place of such a character. */
    private static final char REPLACEMENT = '\uFFFD';

    private ControlCharacters() {
    }

    public static boolean isControl(int cp) {
        return Character.getType(cp) == Character.CONTROL // C0, DEL, C1
                || cp >= 0x202A && cp <= 0x202E // embeddings and overrides
                || cp >= 0x2066 && cp <= 0x2069 // isolates
                || cp == 0x200E || cp == 0x200F || cp == 0x061C; // marks
    }

    public static boolean any(String s) {
        return s != null && s.codePoints().anyMatch(ControlCharacters::isControl);
    }

    /** One line as a terminal may show it: each control character replaced by U+FFFD. */
    public static String neutralised(String s) {
        if (!any(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (isControl(cp)) {
                sb.append(REPLACEMENT);
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
