package dk.praksis.report.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The embedded TrueType faces (DejaVu Sans Condensed, shipped under fonts/ with its licence). The PDF
 * fonts are made fresh for each document, as a font records the glyphs it subsets: fresh fonts keep
 * documents independent, and the seeded random makes OpenPDF's subset prefix ("ABCDEF+DejaVu...") the
 * same on every run, so output bytes repeat. The font files and the AWT faces hold no such state, so
 * they are read once per run (see {@link Files}).
 */
final class FontFamily {

    private static final String DIR = "/fonts/";

    private static final String REGULAR = "DejaVuSansCondensed.ttf";
    private static final String BOLD = "DejaVuSansCondensed-Bold.ttf";
    private static final String ITALIC = "DejaVuSansCondensed-Oblique.ttf";

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;

    FontFamily() {
        regular = pdfFont(REGULAR, Files.REGULAR, 1);
        bold = pdfFont(BOLD, Files.BOLD, 2);
        italic = pdfFont(ITALIC, Files.ITALIC, 3);
    }

    /** The same face as an AWT font, so chart text is measured with the metrics it is drawn with. */
    java.awt.Font awt(boolean isBold, float size) {
        return (isBold ? Files.AWT_BOLD : Files.AWT_REGULAR).deriveFont(size);
    }

    boolean isBold(java.awt.Font font) {
        return font.getFontName().equals(Files.AWT_BOLD.getFontName());
    }

    /**
     * The font files, read from the program once on first use rather than for every rendering (a unit
     * report renders twice, and an audit writes one per kommune); the arrays are never written. AWT
     * fonts are immutable, and creating one from a stream copies it to a temporary file each time.
     */
    private static final class Files {
        static final byte[] REGULAR = read(FontFamily.REGULAR);
        static final byte[] BOLD = read(FontFamily.BOLD);
        static final byte[] ITALIC = read(FontFamily.ITALIC);
        static final java.awt.Font AWT_REGULAR = awtFont(REGULAR);
        static final java.awt.Font AWT_BOLD = awtFont(BOLD);
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
