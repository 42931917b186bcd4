package dk.praksis.report.text;

import java.util.regex.Pattern;

/** Removes what would let a reader of a published report single out a case. */
public final class Redaction {

    /** Dates as the reasons write them: 20.11.2009, 20-11-2009, 2009-11-20. */
    private static final Pattern DATE = Pattern.compile(
            "\\b(\\d{1,2}[.-]\\d{1,2}[.-]\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b");

    /** Shown where a date stood. */
    public static final String DATE_MARK = "[dato]";

    private Redaction() {
    }

    /** The text with every date of a single case replaced by {@link #DATE_MARK}. */
    public static String dates(String text) {
        return text == null ? null : DATE.matcher(text).replaceAll(DATE_MARK);
    }
}
