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
        return NUMERIC.format(date);
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
