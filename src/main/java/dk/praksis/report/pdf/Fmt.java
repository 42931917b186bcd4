package dk.praksis.report.pdf;

import dk.praksis.report.Share;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Danish wording of figures in the PDFs: "26,3 %", "12,1–45,6 %", "15. marts 2010". */
final class Fmt {

    private static final Locale DA = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter PROSE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DA);
    private static final DateTimeFormatter TABLE = DateTimeFormatter.ofPattern("dd.MM.yyyy", DA);
    static final String DASH = "–";
    /** Between a number and "%": a no-break space, so "26,3 %" never wraps apart. */
    static final String PCT = "\u00A0%";

    private Fmt() {
    }

    /** A share as a percentage with one decimal, or a dash when there is nothing to divide by. */
    static String percent(Share share) {
        return share.defined() ? percent(share.value()) : DASH;
    }

    static String percent(double fraction) {
        return oneDecimal().format(fraction * 100) + PCT;
    }

    /** The share's confidence interval, e.g. "12,1–45,6 %". */
    static String interval(Share share) {
        if (!share.defined()) {
            return DASH;
        }
        return oneDecimal().format(share.interval().lower() * 100) + "–"
                + oneDecimal().format(share.interval().upper() * 100) + PCT;
    }

    /** A confidence level as "95 %". */
    static String level(double level) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(DA)).format(level * 100) + PCT;
    }

    /** "1 sag", "7 sager" */
    static String cases(int n) {
        return n + (n == 1 ? " sag" : " sager");
    }

    /** "7 af 10" */
    static String ofTotal(Share share) {
        return share.count() + " af " + share.total();
    }

    static String date(LocalDate date) {
        return PROSE.format(date);
    }

    static String tableDate(LocalDate date) {
        return TABLE.format(date);
    }

    static String score(Double score) {
        return score == null ? DASH : new DecimalFormat("0", DecimalFormatSymbols.getInstance(DA)).format(score * 100) + PCT;
    }

    private static DecimalFormat oneDecimal() {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(DA));
    }
}
