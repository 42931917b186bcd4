package dk.praksis.cases.tables;

import dk.praksis.cases.DanishDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns cells into typed values the way Danish users write them. Each method returns empty for a
 * value it cannot read; the caller reports the problem with its place.
 */
public final class CellParsing {

    private static final Pattern DANISH_NUMBER = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    /** A letter left in a number that Java parses ("1e3", "NaN" are no numbers a reviewer writes). */
    private static final Pattern LETTER = Pattern.compile(".*[a-zA-Z].*");

    private CellParsing() {
    }

    /** The cell as text: numbers without a spurious ".0", dates as ISO, booleans as ja/nej. */
    public static String text(CellValue v) {
        if (v instanceof CellValue.Text t) {
            return t.text().strip();
        }
        if (v instanceof CellValue.Number n) {
            return BigDecimal.valueOf(n.value()).stripTrailingZeros().toPlainString();
        }
        if (v instanceof CellValue.DateValue d) {
            return d.date().toString();
        }
        return ((CellValue.Bool) v).value() ? "ja" : "nej";
    }

    public static Optional<LocalDate> date(CellValue v) {
        if (v instanceof CellValue.DateValue d) {
            return Optional.of(d.date());
        }
        if (v instanceof CellValue.Text t) {
            return DanishDates.parse(t.text());
        }
        return Optional.empty();
    }

    /** A number; text may use a decimal comma ("12,5") and dots between thousands ("1.234,5"). */
    public static Optional<Double> number(CellValue v) {
        if (v instanceof CellValue.Number n) {
            return Optional.of(n.value());
        }
        if (!(v instanceof CellValue.Text t)) {
            return Optional.empty();
        }
        String s = t.text().strip().replace(" ", "").replace("\u00a0", "");
        if (DANISH_NUMBER.matcher(s).matches()) {
            s = s.replace(".", "");
        }
        s = s.replace(',', '.');
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) && !LETTER.matcher(s).matches() ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** ja/nej (also j/n, true/false, sand/falsk, 1/0, x for yes). */
    public static Optional<Boolean> yesNo(CellValue v) {
        if (v instanceof CellValue.Bool b) {
            return Optional.of(b.value());
        }
        if (v instanceof CellValue.Number n) {
            return n.value() == 1 ? Optional.of(true) : n.value() == 0 ? Optional.of(false) : Optional.empty();
        }
        switch (text(v).toLowerCase(Locale.ROOT)) {
            case "ja", "j", "true", "sand", "1", "x":
                return Optional.of(true);
            case "nej", "n", "false", "falsk", "0":
                return Optional.of(false);
            default:
                return Optional.empty();
        }
    }
}
