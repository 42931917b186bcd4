package dk.praksis.report.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The embedded TrueType faces (DejaVu Sans Condensed, shipped under fonts/ with its licence). A PDF font
 * records nothing of the documents it is used in (the writer keeps which glyphs a document uses), except
 * the random source of OpenPDF's subset prefix ("ABCDEF+DejaVu..."): {@link #forNextDocument} seeds it
 * afresh, so each document draws the same prefix on every run and output bytes repeat. Parsing the fonts
 * is dear (about 10 ms a face), so a run lends one family to each document in turn ({@link FontPool}). The
 * font files and the AWT faces hold no state, so they are read once per run (see {@link Files}).
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
        regular = pdfFont(REGULAR, Files.REGULAR);
        bold = pdfFont(BOLD, Files.BOLD);
        italic = pdfFont(ITALIC, Files.ITALIC);
        forNextDocument();
    }

    /**
     * Starts each face's subset prefix afresh, as for a font never used: the same prefixes in every document,
     * whichever documents the family served before.
     */
    FontFamily forNextDocument() {
        seed(regular, 1);
        seed(bold, 2);
        seed(italic, 3);
        return this;
    }

    /**
     * Reads the font files and makes the AWT faces now, which also starts Java's font system (its configuration
     * and the platform's font list): a tenth of a second or more the first time, else paid by the first PDF.
     */
    static void readFiles() {
        Files.AWT_BOLD.getFontName();
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

    private static BaseFont pdfFont(String name, byte[] bytes) {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setIncludeCidSet(false); // a subset's CIDSet would list too few CIDs for PDF/A-2
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new random source, seeded before first use: a fixed sequence (reseeding a used one would only mix in). */
    private static void seed(BaseFont font, int seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            font.setSecureRandom(random);
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
