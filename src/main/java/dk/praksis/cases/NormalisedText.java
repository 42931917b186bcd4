package dk.praksis.cases;

import java.text.Normalizer;

/**
 * A text as the personal-data detector reads it, made in one pass: Unicode NFKC (full-width and other
 * compatibility digits and letters become plain ones), every kind of dash '-', every kind of space ' ',
 * invisible format characters (zero-width space, soft hyphen, bidi controls) removed, and digits of
 * any script as ASCII digits. So "01‑01‑71 1234" with non-breaking hyphens, an en dash or full-width
 * digits reads as "01-01-71 1234". Each character remembers where in the original it came from, so
 * findings mask the original text. The pass also counts what the cheap pre-checks need.
 */
final class NormalisedText {

    final String text;
    /** How many ASCII digits the normalised text holds. */
    final int digits;
    /** Whether it holds an '@'. */
    final boolean at;
    private final String original;
    /** For each normalised character, the start and end of the original code point it came from; null when identical. */
    private final int[] from;
    private final int[] to;

    private NormalisedText(String original, String text, int[] from, int[] to, int digits, boolean at) {
        this.original = original;
        this.text = text;
        this.from = from;
        this.to = to;
        this.digits = digits;
        this.at = at;
    }

    static NormalisedText of(String original) {
        int digits = 0;
        boolean at = false;
        int n = original.length();
        int i = 0;
        for (; i < n; i++) {
            char c = original.charAt(i);
            if (c >= 0x80 && !isLatin1Letter(c)) {
                break;
            }
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '@') {
                at = true;
            }
        }
        if (i == n) {
            // ASCII and Danish letters (æ, ø, å, é, ü): already normal, so no copy and no map of places.
            return new NormalisedText(original, original, null, null, digits, at);
        }
        StringBuilder sb = new StringBuilder(n);
        int[] from = new int[n + 8];
        int[] to = new int[n + 8];
        for (int k = 0; k < i; k++) {
            sb.append(original.charAt(k));
            from[k] = k;
            to[k] = k + 1;
        }
        while (i < n) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            String mapped = map(cp);
            for (int k = 0; k < mapped.length(); k++) {
                char c = mapped.charAt(k);
                if (sb.length() == from.length) {
                    from = java.util.Arrays.copyOf(from, from.length * 2);
                    to = java.util.Arrays.copyOf(to, to.length * 2);
                }
                from[sb.length()] = i;
                to[sb.length()] = next;
                sb.append(c);
            }
            i = next;
        }
        String text = sb.toString();
        digits = 0;
        at = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '@') {
                at = true;
            }
        }
        return new NormalisedText(original, text, from, to, digits, at);
    }

    /** Where the normalised range [start, end) lies in the original text. */
    int originalStart(int start) {
        return from == null ? start : start < text.length() ? from[start] : original.length();
    }

    int originalEnd(int end) {
        return to == null ? end : end == 0 ? 0 : to[end - 1];
    }

    /** U+00C0–U+00FF: Latin-1 letters (and × ÷), which {@link #map(int)} leaves as they are. */
    private static boolean isLatin1Letter(char c) {
        return c >= 0xC0 && c <= 0xFF;
    }

    private static String map(int cp) {
        if (cp < 0x80) {
            return String.valueOf((char) cp);
        }
        if (cp == 0x2212 || cp == 0x2043 || cp == 0xFE58 || cp == 0xFE63 || cp == 0xFF0D) {
            return "-"; // minus signs and dash-like signs outside the Pd category
        }
        int type = Character.getType(cp);
        switch (type) {
            case Character.DASH_PUNCTUATION:
                return "-";
            case Character.SPACE_SEPARATOR:
                return " ";
            case Character.FORMAT:
                return ""; // zero-width space and joiner, soft hyphen, bidi overrides, BOM
            case Character.DECIMAL_DIGIT_NUMBER:
                return String.valueOf((char) ('0' + Character.digit(cp, 10)));
            default:
                break;
        }
        if (cp <= 0xFF && isLatin1Letter((char) cp)) {
            return Character.toString(cp); // Latin-1 letters (æ, ø, å) are already NFKC
        }
        String s = Character.toString(cp);
        if (Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        Normalizer.normalize(s, Normalizer.Form.NFKC).codePoints()
                .forEach(c -> sb.append(c == cp ? Character.toString(c) : map(c))); // e.g. U+FE31 → em dash → '-'
        return sb.toString();
    }
}
