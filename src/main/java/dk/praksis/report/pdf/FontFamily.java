package dk.praksis.report.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The embedded TrueType faces (DejaVu Sans Condensed, shipped under fonts/ with its licence), loaded
 * fresh for each document. Fresh fonts keep documents independent; the seeded random makes
 * OpenPDF's subset prefix ("ABCDEF+DejaVu...") the same on every run, so output bytes repeat.
 */
final class FontFamily {

    private static final String DIR = "/fonts/";

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;
    private final java.awt.Font awtRegular;
    private final java.awt.Font awtBold;

    FontFamily() {
        byte[] regularBytes = read("DejaVuSansCondensed.ttf");
        byte[] boldBytes = read("DejaVuSansCondensed-Bold.ttf");
        regular = pdfFont("DejaVuSansCondensed.ttf", regularBytes, 1);
        bold = pdfFont("DejaVuSansCondensed-Bold.ttf", boldBytes, 2);
        awtRegular = awtFont(regularBytes);
        awtBold = awtFont(boldBytes);
        italic = pdfFont("DejaVuSansCondensed-Oblique.ttf", read("DejaVuSansCondensed-Oblique.ttf"), 3);
    }

    /** The same face as an AWT font, so chart text is measured with the metrics it is drawn with. */
    java.awt.Font awt(boolean isBold, float size) {
        return (isBold ? awtBold : awtRegular).deriveFont(size);
    }

    boolean isBold(java.awt.Font font) {
        return font.getFontName().equals(awtBold.getFontName());
    }

    private static java.awt.Font awtFont(byte[] bytes) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (java.awt.FontFormatException | IOException e) {
            throw new IllegalStateException("indbygget skrifttype kunne ikke læses", e);
        }
    }

    private static BaseFont pdfFont(String name, byte[] bytes, int seed) {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed); // seeded before first use: a fixed sequence
            font.setSecureRandom(random);
            font.setIncludeCidSet(false); // a subset's CIDSet would list too few CIDs for PDF/A-2
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = FontFamily.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("skrifttypen " + file + " mangler i programmet");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
