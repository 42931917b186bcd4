package dk.praksis.io;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's guard against files made to exhaust memory (nesting and value length), told the same
 * way by every reader: the guard's own message is English and names its setting.
 */
public final class ParserLimits {

    /** What a message says when the guard stops a file. */
    public static final String MESSAGE = "filen er indlejret i over 1.000 niveauer eller har en værdi på over"
            + " 20 mio. tegn; så dybt eller langt skriver hverken et menneske eller et regneark, så filen læses ikke."
            + " Ret den, eller lav den igen";

    private ParserLimits() {
    }

    /** True when {@code e} is the guard stopping the parser. */
    public static boolean exceeded(Throwable e) {
        return e instanceof StreamConstraintsException;
    }
}
