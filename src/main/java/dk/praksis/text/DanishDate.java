package dk.praksis.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Danish readers write them: "15.03.2010" in tables and reasons, "15. marts 2010" in prose. */
public final class DanishDate {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd.MM.yyyy", DANISH);
    private static final DateTimeFormatter PROSE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", DANISH);

    private DanishDate() {
    }

    /** "05.03.2010" */
    public static String numeric(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return NUMERIC.format(date); // the formatter's own padding and sign
        }
        // The scoring's reasons write several dates for every case: put together as the formatter would.
        char[] text = {digit(date.getDayOfMonth() / 10), digit(date.getDayOfMonth() % 10), '.',
                digit(date.getMonthValue() / 10), digit(date.getMonthValue() % 10), '.',
                digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10)};
        return new String(text);
    }

    private static char digit(int d) {
        return (char) ('0' + d);
    }

    /** "15. marts 2010" */
    public static String prose(LocalDate date) {
        return PROSE.format(date);
    }

    /** "marts 2010" */
    public static String month(LocalDate date) {
        return MONTH.format(date);
    }
}
