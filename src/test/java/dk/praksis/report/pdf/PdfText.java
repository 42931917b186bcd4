package dk.praksis.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back with PDFBox: its text, metadata, outline and fonts. */
public final class PdfText implements AutoCloseable {

    final PDDocument pdf;

    public PdfText(byte[] bytes) {
        try {
            pdf = Loader.loadPDF(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text() {
        return pages(1, pdf.getNumberOfPages());
    }

    /** Text of pages {@code from}..{@code to} (1-based, inclusive), whitespace runs folded to one space. */
    String pages(int from, int to) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(pdf).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text in reading order on each page (top to bottom, left to right) with all white space removed
     * (sorting by position splits some words): for text set in tables and boxes, which OpenPDF writes in a
     * separate layer from the paragraphs around them. Compare with {@link #squeeze(String)}.
     */
    String readingOrder() {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return squeeze(stripper.getText(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of one page (1-based) as a reader sees them, top to bottom, blank ones left out. */
    List<String> lines(int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(pdf).replace('\u00A0', ' ').lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text without white space, as {@link #readingOrder()} gives it. */
    static String squeeze(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", "");
    }

    int pageCount() {
        return pdf.getNumberOfPages();
    }

    /** Outline titles, depth first, children indented by two spaces per level. */
    List<String> outline() {
        List<String> titles = new ArrayList<>();
        var root = pdf.getDocumentCatalog().getDocumentOutline();
        if (root != null) {
            for (PDOutlineItem item : root.children()) {
                collect(item, "", titles);
            }
        }
        return titles;
    }

    private static void collect(PDOutlineItem item, String indent, List<String> titles) {
        titles.add(indent + item.getTitle());
        for (PDOutlineItem child : item.children()) {
            collect(child, indent + "  ", titles);
        }
    }

    /** Every font used on any page, with whether its program is embedded. */
    List<String> fonts() {
        List<String> fonts = new ArrayList<>();
        try {
            for (var page : pdf.getPages()) {
                var resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " (indlejret)" : " (IKKE indlejret)"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    @Override
    public void close() throws IOException {
        pdf.close();
    }
}
