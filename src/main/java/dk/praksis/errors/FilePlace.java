package dk.praksis.errors;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * Where in a file a problem is, written the one way every message writes it: "file:line:column", or the
 * file alone when the parser does not know the line (so no message ever says "file:-1:-1" or "file:0:0").
 */
public final class FilePlace {

    private FilePlace() {
    }

    /** "file:line:column", or {@code file} when {@code line} is below 1. */
    public static String of(String file, int line, int column) {
        return line < 1 ? file : file + ":" + line + ":" + column;
    }

    /** The parser's place in {@code file}, or {@code file} alone when {@code loc} is null or has no line. */
    public static String of(String file, JsonLocation loc) {
        return loc == null ? file : of(file, loc.getLineNr(), loc.getColumnNr());
    }
}
