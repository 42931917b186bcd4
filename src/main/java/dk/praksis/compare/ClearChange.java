package dk.praksis.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A change or trend whose p-value is below 0,05, or that holds after the correction for many
 * comparisons: the list a reader should look at first, in the terminal and in sammenligning.pdf.
 *
 * @param unit    "Alle kommuner" or the kommune's name
 * @param measure the verdict's short label, or "spørgsmål AP2 (Er der ...?)"
 * @param change  the change from one year to a later one, or null for a trend
 * @param trend   the trend over all years, or null for a change
 */
public record ClearChange(String unit, String measure, Change change, Trend trend) {

    /** Every clear change and trend: all kommuner first, then the kommuner by name; verdicts before items. */
    public static List<ClearChange> of(Comparison c) {
        List<ClearChange> out = new ArrayList<>();
        List<UnitComparison> units = new ArrayList<>();
        units.add(c.total());
        units.addAll(c.kommuner());
        for (UnitComparison u : units) {
            u.verdicts().forEach(m -> add(u.name(), shortLabel(m), m, out));
            u.items().forEach(m -> add(u.name(), "spørgsmål " + itemLabel(c, m), m, out));
        }
        return out;
    }

    private static void add(String unit, String measure, MeasureSeries m, List<ClearChange> out) {
        for (Change ch : m.changes()) {
            if (ch.clear() || ch.holdsAfterCorrection()) {
                out.add(new ClearChange(unit, measure, ch, null));
            }
        }
        Trend t = m.trend();
        if (t != null && (t.clear() || t.holdsAfterCorrection())) {
            out.add(new ClearChange(unit, measure, null, t));
        }
    }

    /** "*" or "**" by the rule of {@link ChangeFormat#marker}. */
    public String marker() {
        return change != null ? ChangeFormat.marker(change) : ChangeFormat.marker(trend);
    }

    /** The p-value the marker follows: Fisher's for a change, the exact trend test's for a trend. */
    public double p() {
        return change != null ? change.fisherP() : trend.p();
    }

    /** Benjamini–Hochberg's adjusted p-value, which "**" follows; null before adjustment. */
    public Double adjustedP() {
        return change != null ? change.adjustedP() : trend.adjustedP();
    }

    /** In words: "2010–2011: +20,0 procentpoint (+5,2 til +33,4)" or "stigende over årene (trend)". */
    public String what() {
        return what(" ");
    }

    /** As {@link #what()}, with {@code gap} before the interval (a line break in a table cell). */
    public String what(String gap) {
        if (change != null) {
            return change.from() + "–" + change.to() + ": " + ChangeFormat.points(change.estimate()) + " procentpoint"
                    + gap + "(" + ChangeFormat.points(change.lower()) + " til " + ChangeFormat.points(change.upper()) + ")";
        }
        return (trend.z() > 0 ? "stigende" : "faldende") + " over årene" + gap + "(trend)";
    }

    /** "AP2 (Er der gennemført arbejdsprøvning?)": the id with the question's text, shortened if long. */
    static String itemLabel(Comparison c, MeasureSeries m) {
        return c.item(m.key()).map(i -> m.label() + " (" + ChangeFormat.shortText(i.text()) + ")").orElse(m.label());
    }

    /** "I overensstemmelse", "Omgørelse", else the verdict's own label. */
    static String shortLabel(MeasureSeries m) {
        if (m.key().equals(dk.praksis.checklist.Checklist.VERDICT_OK)) {
            return "I overensstemmelse";
        }
        if (m.key().equals(Comparer.OMGOERELSE)) {
            return "Omgørelse";
        }
        return m.label();
    }
}
