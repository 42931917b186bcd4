package dk.praksis.compare;

import dk.praksis.report.text.DanishFormat;

/** Danish texts for shares and changes in percentage points, built on the reports' {@link DanishFormat}. */
public final class ChangeFormat {

    private ChangeFormat() {
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
