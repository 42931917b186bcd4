package dk.praksis.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.stats.Share;
import java.awt.Color;

/** The look of every praksis PDF: fonts, colours, spacing, and the table and paragraph shapes built from them. */
final class HouseStyle {

    static final Color NAVY = new Color(0x1F, 0x3B, 0x5C);
    static final Color ORANGE = new Color(0xE0, 0x6A, 0x00);
    /**
     * Chart series colours, in order: each at least 3:1 against white and against the other (WCAG 1.4.11
     * for graphics), so they also differ in lightness and stay apart for colour-blind readers and in grey
     * print. Two is the most that can: a third colour cannot be 3:1 from both and from white.
     */
    static final java.util.List<Color> SERIES = java.util.List.of(NAVY, ORANGE);
    /** Error bars and other marks drawn over the series colours. */
    static final Color INK = Color.BLACK;
    static final Color RULE = new Color(0xC8, 0xD1, 0xDC);
    static final Color MUTED = new Color(0x55, 0x5F, 0x6B);
    /** The background of an Eksempel box. */
    static final Color PALE = new Color(0xEE, 0xF3, 0xF8);

    final FontFamily fonts;
    final Font title;
    final Font subtitle;
    final Font h1;
    final Font h2;
    final Font body;
    final Font bodyBold;
    final Font bodyItalic;
    final Font small;
    final Font smallItalic;
    final Font cell;
    final Font cellBold;
    final Font header;
    final Font footer;

    HouseStyle(FontFamily fonts) {
        this.fonts = fonts;
        title = new Font(fonts.bold, 24, Font.NORMAL, NAVY);
        subtitle = new Font(fonts.regular, 14, Font.NORMAL, NAVY);
        h1 = new Font(fonts.bold, 17, Font.NORMAL, NAVY);
        h2 = new Font(fonts.bold, 12.5f, Font.NORMAL, NAVY);
        body = new Font(fonts.regular, 10, Font.NORMAL, Color.BLACK);
        bodyBold = new Font(fonts.bold, 10, Font.NORMAL, Color.BLACK);
        bodyItalic = new Font(fonts.italic, 10, Font.NORMAL, Color.BLACK);
        small = new Font(fonts.regular, 8.5f, Font.NORMAL, MUTED);
        smallItalic = new Font(fonts.italic, 8.5f, Font.NORMAL, MUTED);
        cell = new Font(fonts.regular, 8.5f, Font.NORMAL, Color.BLACK);
        cellBold = new Font(fonts.bold, 8.5f, Font.NORMAL, Color.BLACK);
        header = new Font(fonts.bold, 8.5f, Font.NORMAL, Color.WHITE);
        footer = new Font(fonts.regular, 8, Font.NORMAL, MUTED);
    }

    Paragraph paragraph(String text) {
        Paragraph p = new Paragraph(text, body);
        p.setLeading(14);
        p.setSpacingAfter(6);
        return p;
    }

    Paragraph note(String text) {
        Paragraph p = new Paragraph(text, small);
        p.setLeading(11);
        p.setSpacingAfter(4);
        return p;
    }

    /**
     * A full-width table whose first row (the headers) repeats on every page it spans.
     *
     * @param widths relative column widths
     */
    PdfPTable table(float[] widths, String... headers) {
        return table(widths, headers.length, headers);
    }

    /**
     * As {@link #table(float[], String...)}, with the headers after the first {@code textColumns}
     * right-aligned over their numbers.
     */
    PdfPTable table(float[] widths, int textColumns, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        table.setSplitLate(true); // a row moves to the next page whole when it fits there
        table.setHeaderRows(headers.length == 0 ? 0 : 1);
        for (int i = 0; i < headers.length; i++) {
            PdfPCell c = headerCell(headers[i], 1, 1);
            c.setHorizontalAlignment(i < textColumns ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            table.addCell(c);
        }
        return table;
    }

    /**
     * A full-width table with two repeating header rows: leading columns spanning both rows, then group
     * names spanning their columns (e.g. a kommune and "Alle kommuner") above the column names, which
     * are the same under every group.
     */
    PdfPTable groupedTable(float[] leadWidths, String[] lead, java.util.List<String> groups, float[] widths,
                           String... columns) {
        float[] all = new float[lead.length + groups.size() * widths.length];
        System.arraycopy(leadWidths, 0, all, 0, lead.length);
        for (int i = lead.length; i < all.length; i++) {
            all[i] = widths[(i - lead.length) % widths.length];
        }
        PdfPTable table = table(all);
        table.setHeaderRows(2);
        for (String l : lead) {
            table.addCell(headerCell(l, 1, 2));
        }
        for (String g : groups) {
            PdfPCell c = headerCell(g, widths.length, 1);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(c);
        }
        for (int g = 0; g < groups.size(); g++) {
            for (String col : columns) {
                PdfPCell c = headerCell(col, 1, 1);
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(c);
            }
        }
        return table;
    }

    private PdfPCell headerCell(String text, int colspan, int rowspan) {
        PdfPCell c = new PdfPCell(new Phrase(text, header));
        c.setBackgroundColor(NAVY);
        c.setBorderColor(RULE);
        c.setPadding(4);
        c.setColspan(colspan);
        c.setRowspan(rowspan);
        c.setVerticalAlignment(Element.ALIGN_BOTTOM);
        return c;
    }

    /** A text cell. */
    PdfPCell text(String text) {
        return cell(new Phrase(text == null ? "" : text, cell), Element.ALIGN_LEFT);
    }

    PdfPCell bold(String text) {
        return cell(new Phrase(text, cellBold), Element.ALIGN_LEFT);
    }

    /** A share's three number cells: "8 af 12", its percentage and its interval. */
    void shareCells(PdfPTable table, Share share) {
        table.addCell(number(Fmt.ofTotal(share)));
        table.addCell(number(Fmt.percent(share)));
        table.addCell(number(Fmt.interval(share)));
    }

    /** A number cell, right-aligned so digits line up. */
    PdfPCell number(String text) {
        return cell(new Phrase(text, cell), Element.ALIGN_RIGHT);
    }

    PdfPCell cell(Phrase phrase, int alignment) {
        PdfPCell c = new PdfPCell(phrase);
        c.setHorizontalAlignment(alignment);
        c.setBorderColor(RULE);
        c.setPaddingTop(3);
        c.setPaddingBottom(4);
        c.setPaddingLeft(4);
        c.setPaddingRight(4);
        return c;
    }
}
