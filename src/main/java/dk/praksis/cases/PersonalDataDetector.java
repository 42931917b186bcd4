package dk.praksis.cases;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds personal data in a text: CPR numbers (also a birth date followed by a dash, "140763-"),
 * e-mail addresses, Danish phone numbers and the names or patterns a board lists. Shaped to leave
 * ISO dates, case ids such as SYD10-0417, years and amounts alone.
 */
public final class PersonalDataDetector {

    /** What was found; the label is what messages show instead of the value. */
    public enum Kind {
        CPR("CPR-nummer", "et"), EMAIL("e-mailadresse", "en"), PHONE("telefonnummer", "et"),
        LISTED("navn fra listen", "et");

        private final String label;
        private final String article;

        Kind(String label, String article) {
            this.label = label;
            this.article = article;
        }

        public String label() {
            return label;
        }

        /** "et CPR-nummer" */
        public String withArticle() {
            return article + " " + label;
        }

        /** The text that replaces a masked value, e.g. "[CPR-nummer fjernet]". */
        public String mask() {
            return "[" + label + " fjernet]";
        }
    }

    /** One finding: its kind and where it is in the text (never the value itself). */
    public record Finding(Kind kind, int start, int end) {
    }

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");
    /** DDMMYY then -SSSS, SSSS, " SSSS", or a lone dash (the birth date alone is still personal data). */
    private static final Pattern CPR = Pattern.compile(
            "(?<![\\d.,])(\\d{2})(\\d{2})(\\d{2})(?:[- ]?\\d{4}(?!\\d)|-(?!\\d))");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d.,/+-])(?:(?:\\+|00)\\s?45[\\s-]?)?"
                    + "(?<number>[2-9]\\d{7}|[2-9]\\d(?:[ -]\\d{2}){3}|(?<a>[2-9]\\d{3})[ -](?<b>\\d{4}))"
                    + "(?!\\d|[.,/-]\\d)");

    public static final PersonalDataDetector STANDARD = new PersonalDataDetector(List.of());

    private final List<Pattern> listed;

    /**
     * @param extraPatterns one entry per name; an entry written as /regex/ is a regular expression.
     *                      Names match whole words, without regard to case.
     * @throws IllegalArgumentException (Danish message) for an invalid regular expression
     */
    public PersonalDataDetector(List<String> extraPatterns) {
        List<Pattern> patterns = new ArrayList<>();
        for (String entry : extraPatterns) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            if (e.length() > 2 && e.startsWith("/") && e.endsWith("/")) {
                try {
                    patterns.add(Pattern.compile(e.substring(1, e.length() - 1), flags));
                } catch (PatternSyntaxException ex) {
                    throw new IllegalArgumentException("mønsteret nr. " + (patterns.size() + 1)
                            + " på navnelisten er ikke et gyldigt regulært udtryk", ex);
                }
            } else {
                patterns.add(Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(e) + "(?![\\p{L}\\d])", flags));
            }
        }
        this.listed = List.copyOf(patterns);
    }

    /** Every finding, in text order, none overlapping another. */
    public List<Finding> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Finding> all = new ArrayList<>();
        collect(EMAIL, text, Kind.EMAIL, all);
        Matcher m = CPR.matcher(text);
        while (m.find()) {
            if (isBirthDate(m.group(1), m.group(2), m.group(3))) {
                all.add(new Finding(Kind.CPR, m.start(), m.end()));
            }
        }
        m = PHONE.matcher(text);
        while (m.find()) {
            if (!looksLikeDateOrYears(m)) {
                all.add(new Finding(Kind.PHONE, m.start(), m.end()));
            }
        }
        for (Pattern p : listed) {
            collect(p, text, Kind.LISTED, all);
        }
        // Earlier kinds win on overlap: an e-mail address full of digits is an e-mail address.
        List<Finding> kept = new ArrayList<>();
        for (Finding f : all) {
            if (f.end() > f.start() && kept.stream().noneMatch(k -> k.start() < f.end() && f.start() < k.end())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }

    public boolean anyIn(String text) {
        return !find(text).isEmpty();
    }

    /** The text with every finding replaced by its kind's mask. */
    public String mask(String text) {
        return mask(text, find(text));
    }

    /** The text with the given findings of {@link #find(String)} on it replaced, so it is not searched twice. */
    public String mask(String text, List<Finding> findings) {
        if (findings.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (Finding f : findings) {
            sb.append(text, pos, f.start()).append(f.kind().mask());
            pos = f.end();
        }
        return sb.append(text.substring(pos)).toString();
    }

    private static void collect(Pattern p, String text, Kind kind, List<Finding> into) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            into.add(new Finding(kind, m.start(), m.end()));
        }
    }

    /** True when DDMMYY is a real date in the 1900s or 2000s. */
    private static boolean isBirthDate(String dd, String mm, String yy) {
        return validDate(1900 + Integer.parseInt(yy), Integer.parseInt(mm), Integer.parseInt(dd))
                || validDate(2000 + Integer.parseInt(yy), Integer.parseInt(mm), Integer.parseInt(dd));
    }

    /** 8 digits that read as a date (20100315, 15032010) or two years ("2009 2010") are not a phone number. */
    private static boolean looksLikeDateOrYears(Matcher m) {
        String n = m.group("number");
        if (m.group("a") != null) {
            return isYear(m.group("a")) && isYear(m.group("b"));
        }
        if (n.length() != 8) {
            return false;
        }
        int a = Integer.parseInt(n.substring(0, 4));
        int b = Integer.parseInt(n.substring(4));
        return isYear(n.substring(0, 4)) && validDate(a, b / 100, b % 100)
                || isYear(n.substring(4)) && validDate(b, a % 100, a / 100);
    }

    private static boolean isYear(String digits) {
        int y = Integer.parseInt(digits);
        return y >= 1900 && y <= 2099;
    }

    private static boolean validDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
