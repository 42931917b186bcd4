package dk.praksis.report.pdf;

import dk.praksis.stats.Share;
import dk.praksis.text.DanishFormat;
import dk.praksis.report.text.SummarySentences;
import dk.praksis.text.DanishDate;
import java.time.LocalDate;

/**
 * The shared Danish wording ({@link DanishFormat}) as set in a PDF: the space before "%" becomes a
 * no-break space, so "26,3 %" and "95 %-interval" never wrap apart in a narrow table cell.
 */
final class Fmt {

    static final String DASH = DanishFormat.NONE;

    private Fmt() {
    }

    static String percent(Share share) {
        return keep(DanishFormat.percent(share));
    }

    static String interval(Share share) {
        return keep(DanishFormat.interval(share.interval()));
    }

    static String level(double level) {
        return keep(DanishFormat.level(level));
    }

    /** Text from the shared wording (e.g. generated sentences) with its percentages kept together. */
    static String keep(String text) {
        return text.replace(" %", "\u00A0%");
    }

    /** "7 af 10" */
    static String ofTotal(Share share) {
        return DanishFormat.ofTotal(share);
    }

    static String cases(int n) {
        return SummarySentences.cases(n);
    }

    static String date(LocalDate date) {
        return DanishDate.prose(date);
    }

    /** A case's score (share of relevant items met) as a whole percentage, or a dash. */
    static String score(Double score) {
        return score == null ? DASH : keep(DanishFormat.wholePercent(score));
    }
}
