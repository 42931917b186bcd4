package dk.praksis.cases;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Danish users type them: ISO 2010-03-15, 15-03-2010, 15.03.2010 or 15/03/2010.
 * Impossible dates (31.02.2010) are refused, not rolled over.
 */
public final class DanishDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})");

    private DanishDates() {
    }

    /** The date, or empty when the text is not a valid date in one of the accepted forms. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            if (isPlainIso(t)) { // the usual form, read without a matcher (every date of every case comes here)
                return Optional.of(LocalDate.of(number(t, 0, 4), number(t, 5, 7), number(t, 8, 10)));
            }
            if (isPlainDayMonthYear(t)) { // "15-03-2010" as Danish Excel writes it, also without a matcher
                return Optional.of(LocalDate.of(number(t, 6, 10), number(t, 3, 5), number(t, 0, 2)));
            }
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = DMY.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** "2010-03-15" exactly: the ISO form with two-digit month and day, which {@link #ISO} also matches. */
    private static boolean isPlainIso(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** "15-03-2010", "15.03.2010" or "15/03/2010" exactly, with two-digit day and month, which {@link #DMY} also matches. */
    private static boolean isPlainDayMonthYear(String t) {
        if (t.length() != 10 || !isSeparator(t.charAt(2)) || !isSeparator(t.charAt(5))) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (i != 2 && i != 5 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '.' || c == '/';
    }

    private static int number(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + t.charAt(i) - '0';
        }
        return n;
    }

    /** The Danish message for a text that is not a date; never repeats long text (it may be personal data). */
    public static String notADate(String fieldName) {
        return fieldName + " er ikke en gyldig dato; skriv fx 2010-03-15, 15-03-2010 eller 15.03.2010";
    }
}
