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

    /** The local part starts where a run of its characters starts, so a long run without '@' is scanned once. */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\d._%+-])[\\p{L}\\d._%+-]++@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");
    /**
     * DDMMYY then -SSSS, SSSS, " SSSS", or a lone dash (the birth date alone is still personal data);
     * or DD-MM-YY, DD.MM.YY or DD/MM/YY then -SSSS or " SSSS" (a four-digit year is a date, not a CPR).
     */
    private static final Pattern CPR = Pattern.compile(
            "(?<![\\d.,])(?:(\\d{2})(\\d{2})(\\d{2})(?:[- ]?\\d{4}(?!\\d)|-(?!\\d))"
                    + "|(\\d{2})[-./ ](\\d{2})[-./ ](\\d{2})[- ]?\\d{4}(?![\\d]|[.,]\\d))");
    /**
     * With +45 or 0045 in front: any eight digits, alone, in pairs or in fours. Without: eight digits
     * starting 2–9, in pairs (the same space, dash or dot between each) or in fours (not two years, not a date).
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d.,/+-])(?:(?:\\+|00)\\s?45[\\s.-]?(?<intl>\\d{8}|\\d{2}(?<s1>[ .-])\\d{2}\\k<s1>\\d{2}\\k<s1>\\d{2}"
                    + "|\\d{4}[ .-]\\d{4})"
                    + "|(?<number>[2-9]\\d{7}|[2-9]\\d(?<s2>[ .-])\\d{2}\\k<s2>\\d{2}\\k<s2>\\d{2}"
                    + "|(?<a>[2-9]\\d{3})[ -](?<b>\\d{4})))"
                    + "(?!\\d|[.,/-]\\d)");
    /** The fewest digits a CPR number (a birth date with a dash) and a phone number can have. */
    private static final int CPR_DIGITS = 6;
    private static final int PHONE_DIGITS = 8;

    public static final PersonalDataDetector STANDARD = new PersonalDataDetector(List.of());

    /** The board's plain names as one alternation (one pass however long the list), or null. */
    private final Pattern names;
    /** The board's /regular expressions/, each on its own. */
    private final List<Pattern> listed;

    /**
     * @param extraPatterns one entry per name; an entry written as /regex/ is a regular expression.
     *                      Names match whole words, without regard to case, and are normalised like the text.
     * @throws IllegalArgumentException (Danish message) for an invalid regular expression
     */
    public PersonalDataDetector(List<String> extraPatterns) {
        List<Pattern> patterns = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        int n = 0;
        for (String entry : extraPatterns) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            n++;
            if (e.length() > 2 && e.startsWith("/") && e.endsWith("/")) {
                try {
                    patterns.add(Pattern.compile(e.substring(1, e.length() - 1), flags));
                } catch (PatternSyntaxException ex) {
                    throw new IllegalArgumentException("mønsteret nr. " + n
                            + " på navnelisten er ikke et gyldigt regulært udtryk", ex);
                }
            } else {
                plain.add(NormalisedText.of(e).text);
            }
        }
        // Longest first, so "Anders Andersen" wins over "Anders" at the same place.
        plain.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.names = plain.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\d])(?:"
                + String.join("|", plain.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\d])", flags);
        this.listed = List.copyOf(patterns);
    }

    /**
     * Every finding, in text order, none overlapping another. The text is normalised first
     * ({@link NormalisedText}); the places are in the original text. Each pattern runs only when a
     * cheap count allows a match (no '@', no e-mail; fewer than six digits, no CPR number).
     */
    public List<Finding> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        NormalisedText n = NormalisedText.of(text);
        String t = n.text;
        List<Finding> all = new ArrayList<>(2);
        if (n.at) {
            collect(EMAIL, t, Kind.EMAIL, all);
        }
        if (n.digits >= CPR_DIGITS) {
            Matcher m = CPR.matcher(t);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : 4;
                if (isBirthDate(m.group(g), m.group(g + 1), m.group(g + 2))) {
                    all.add(new Finding(Kind.CPR, m.start(), m.end()));
                }
            }
        }
        if (n.digits >= PHONE_DIGITS) {
            Matcher m = PHONE.matcher(t);
            while (m.find()) {
                if (m.group("intl") != null || !looksLikeDateOrYears(m)) {
                    all.add(new Finding(Kind.PHONE, m.start(), m.end()));
                }
            }
        }
        if (names != null) {
            collect(names, t, Kind.LISTED, all);
        }
        for (Pattern p : listed) {
            collect(p, t, Kind.LISTED, all);
        }
        if (all.isEmpty()) {
            return List.of();
        }
        // Earlier kinds win on overlap: an e-mail address full of digits is an e-mail address.
        List<Finding> kept = new ArrayList<>();
        for (Finding f : all) {
            if (f.end() > f.start() && kept.stream().noneMatch(k -> k.start() < f.end() && f.start() < k.end())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        List<Finding> original = new ArrayList<>(kept.size());
        for (Finding f : kept) {
            original.add(new Finding(f.kind(), n.originalStart(f.start()), n.originalEnd(f.end())));
        }
        return original;
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
