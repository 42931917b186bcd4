package dk.praksis.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar length written the Danish way in checklists: "12 måneder", "3 uger",
 * "2 år 6 måneder", "2½ år", "0 dage". Kept as its parts (not as days) because adding months
 * to a date clamps at month end, which a day count cannot express.
 */
public record Span(int years, int months, int weeks, int days) {

    // Longer unit spellings first: alternation is ordered, and "måned" must not eat "måneder".
    // "½" is allowed on years only ("2½ år" = 2 år 6 måneder), the one half the law uses.
    private static final Pattern PART = Pattern.compile(
            "(\\d*)(½?)\\s*(år|aar|måneder|måned|maaneder|maaned|mdr\\.?|md\\.?|uger|uge|dage|dag)(?![\\p{L}])",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    public static final Span ZERO = new Span(0, 0, 0, 0);

    public Span {
        if (years < 0 || months < 0 || weeks < 0 || days < 0) {
            throw new IllegalArgumentException("negative span");
        }
    }

    /**
     * Parses a span such as "2 år 6 måneder"; every part must be a number and a unit.
     *
     * @throws IllegalArgumentException with a Danish message when the text is not a span
     */
    public static Span parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("tom varighed");
        }
        String rest = text.trim().replace(',', ' ');
        Matcher m = PART.matcher(rest);
        int y = 0, mo = 0, w = 0, d = 0;
        int pos = 0;
        boolean any = false;
        while (m.find()) {
            if (!rest.substring(pos, m.start()).replace("og", "").isBlank()) {
                break;
            }
            boolean half = !m.group(2).isEmpty();
            if (m.group(1).isEmpty() && !half) {
                break;
            }
            int n = m.group(1).isEmpty() ? 0 : Integer.parseInt(m.group(1));
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            boolean isYears = unit.startsWith("å") || unit.startsWith("aa");
            if (half && !isYears) {
                break;
            }
            if (isYears) {
                y += n;
                mo += half ? 6 : 0;
            } else if (unit.startsWith("m")) {
                mo += n;
            } else if (unit.startsWith("u")) {
                w += n;
            } else {
                d += n;
            }
            pos = m.end();
            any = true;
        }
        if (!any || !rest.substring(pos).isBlank()) {
            throw new IllegalArgumentException("'" + text + "' er ikke en varighed; skriv fx \"12 måneder\", "
                    + "\"3 uger\", \"2 år 6 måneder\", \"2½ år\" eller \"14 dage\"");
        }
        return new Span(y, mo, w, d);
    }

    /** Adds the span to a date: years and months first (clamped at month end), then weeks and days. */
    public LocalDate addTo(LocalDate date) {
        return date.plusYears(years).plusMonths(months).plusWeeks(weeks).plusDays(days);
    }

    /** Subtracts the span from a date, in the reverse order of {@link #addTo}. */
    public LocalDate subtractFrom(LocalDate date) {
        return date.minusDays(days).minusWeeks(weeks).minusMonths(months).minusYears(years);
    }

    /**
     * The span as a fixed number of days, a month counted as 30 days and a year as 365: the
     * 30_dage month counting of deadlines, and a size to compare two spans by.
     */
    public long thirtyDayDays() {
        return years * 365L + months * 30L + weeks * 7L + days;
    }

    /** The span k times over, e.g. "12 måneder" × 2 = "24 måneder", so window k starts {@code times(k).addTo(start)}. */
    public Span times(int k) {
        return new Span(years * k, months * k, weeks * k, days * k);
    }

    public boolean isZero() {
        return years == 0 && months == 0 && weeks == 0 && days == 0;
    }

    /** Danish text, the same form a checklist author writes. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (years > 0) {
            parts.add(years + " år");
        }
        if (months > 0) {
            parts.add(months + (months == 1 ? " måned" : " måneder"));
        }
        if (weeks > 0) {
            parts.add(weeks + (weeks == 1 ? " uge" : " uger"));
        }
        if (days > 0 || parts.isEmpty()) {
            parts.add(days + (days == 1 ? " dag" : " dage"));
        }
        return String.join(" ", parts);
    }
}
