package dk.praksis.text;

import java.math.BigDecimal;

/** A number as written in Danish text, with no more decimals than it has: 15 or 12,5. */
public final class DanishNumber {

    private DanishNumber() {
    }

    public static String of(double d) {
        if (d == Math.rint(d)) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
