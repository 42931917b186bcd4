package dk.praksis.compare;

import dk.praksis.text.DanishFormat;

/** Danish texts for shares and changes in percentage points, built on {@link DanishFormat}. */
public final class ChangeFormat {

    /** Marks a change or trend whose p-value (the one shown) is below 0,05. */
    public static final String CLEAR = "*";
    /** Marks a change that also holds after the correction for many comparisons. */
    public static final String HOLDS = "**";
    /** Question texts in one-line highlights are cut to this many characters. */
    static final int SHORT_TEXT = 60;

    private ChangeFormat() {
    }

    /** The marker of a change: "**" when it holds after correction, "*" when only its p is below 0,05, else "". */
    public static String marker(Change c) {
        return c.holdsAfterCorrection() ? HOLDS : c.clear() ? CLEAR : "";
    }

    /** The marker of a trend, by the same rule as a change's. */
    public static String marker(Trend t) {
        return t.holdsAfterCorrection() ? HOLDS : t.clear() ? CLEAR : "";
    }

    /**
     * The plain lines on many comparisons: a lead naming the correction, then one line per family with how many
     * comparisons it made, how many chance alone would mark, and how many hold after the correction.
     */
    public static java.util.List<String> multipleComparisons(MultipleComparisons m) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add("Korrektion for mange sammenligninger (" + m.method() + ") inden for hver familie af ændringer;"
                + " de, der holder, er markeret med " + HOLDS + ":");
        m.families().forEach(f -> lines.add(family(f)));
        return lines;
    }

    /** "Samlet vurdering for alle kommuner: 12 sammenligninger, ca. 0,6 markeret ved tilfældighed; 1 holder efter korrektion." */
    public static String family(FamilyCount f) {
        return f.family().phrase() + ": " + f.comparisons() + (f.comparisons() == 1 ? " sammenligning" : " sammenligninger")
                + ", ca. " + DanishFormat.oneDecimal(f.expectedByChance()) + " markeret ved tilfældighed; "
                + (f.holding() == 0 ? "ingen" : String.valueOf(f.holding())) + " holder efter korrektion.";
    }

    /** A question's text for a one-line highlight: cut at a word before {@link #SHORT_TEXT} characters, with "…". */
    public static String shortText(String text) {
        if (text == null || text.length() <= SHORT_TEXT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SHORT_TEXT - 1);
        return text.substring(0, cut > 0 ? cut : SHORT_TEXT - 1).stripTrailing() + "…";
    }

    /** 0.263 → "26,3 %"; null (no cases) → "–". */
    public static String percent(Double share) {
        return share == null ? DanishFormat.NONE : DanishFormat.percent(share);
    }

    /** "60,0 % (49,0–70,0)": the share with its interval; "–" without cases. */
    public static String shareWithInterval(YearShare s) {
        if (s.share() == null) {
            return DanishFormat.NONE;
        }
        return DanishFormat.percent(s.share()) + " (" + DanishFormat.oneDecimal(s.lower() * 100) + "–"
                + DanishFormat.oneDecimal(s.upper() * 100) + ")";
    }

    /** 0.13 → "+13,0", −0.05 → "−5,0" (percentage points, always signed). */
    public static String points(double change) {
        String digits = DanishFormat.oneDecimal(Math.abs(change) * 100);
        if (digits.equals("0,0")) {
            return "±0,0";
        }
        return (change > 0 ? "+" : "−") + digits;
    }

    /** A change with its interval: "+13,0 (+1,9 til +24,0)". */
    public static String change(Change c) {
        return points(c.estimate()) + " (" + points(c.lower()) + " til " + points(c.upper()) + ")";
    }

    /** p-values to three decimals, small ones as "< 0,001". */
    public static String p(double p) {
        if (p < 0.001) {
            return "< 0,001";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("0.000",
                java.text.DecimalFormatSymbols.getInstance(DanishFormat.DANISH));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(p);
    }
}
