package dk.praksis.io;

import java.util.regex.Pattern;

/** Text for a CSV cell that a spreadsheet opens: never run as a formula (CSV injection). */
public final class SpreadsheetCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?");

    private SpreadsheetCells() {
    }

    /**
     * A cell beginning with =, +, -, @, tab or carriage return gets a leading apostrophe, as OWASP advises,
     * unless the whole cell is a plain number ("-3", "+2,5"), which a spreadsheet reads as that number and
     * nothing else. Null is the empty cell.
     */
    public static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char first = s.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !PLAIN_NUMBER.matcher(s).matches() ? "'" + s : s;
    }
}
