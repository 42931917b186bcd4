package dk.praksis.text;

import dk.praksis.stats.Interval;
import dk.praksis.stats.Share;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Percentages and intervals the Danish way: "26,3 %", "18,2–35,1 %" (dates: {@link DanishDate}). */
public final class DanishFormat {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    /** Shown where a share has no denominator. */
    public static final String NONE = "–";

    private DanishFormat() {
    }

    /** A share between 0 and 1 as a percentage with one decimal: 0.263 → "26,3 %". */
    public static String percent(double share) {
        return oneDecimal(share * 100) + " %";
    }

    /** The share's value as a percentage, or {@link #NONE} when it has no denominator. */
    public static String percent(Share share) {
        return share.defined() ? percent(share.value()) : NONE;
    }

    /** The count out of its denominator: "8 af 12". */
    public static String ofTotal(Share share) {
        return share.count() + " af " + share.total();
    }

    /** "18,2–35,1 %", or {@link #NONE} when there is no interval. */
    public static String interval(Interval interval) {
        return interval == null ? NONE
                : oneDecimal(interval.lower() * 100) + "–" + oneDecimal(interval.upper() * 100) + " %";
    }

    /** The confidence level as a whole percentage: 0.95 → "95 %". */
    public static String level(double level) {
        return wholePercent(level);
    }

    /** A share between 0 and 1 as a whole percentage: 0.857 → "86 %". */
    public static String wholePercent(double share) {
        return Math.round(share * 100) + " %";
    }

    /** A number with one decimal and a decimal comma, rounded half up: 26.25 → "26,3". */
    public static String oneDecimal(double value) {
        return decimals("0.0", value);
    }

    /** "0,64": two decimals with a decimal comma, e.g. a kappa. */
    public static String twoDecimals(double value) {
        return decimals("0.00", value);
    }

    private static String decimals(String pattern, double value) {
        // DecimalFormat is not thread-safe: one per call.
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(DANISH));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }
}
