package dk.praksis.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.List;
import com.lowagie.text.Phrase;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Keeps "95 %-interval" on one line. OpenPDF may break a line after any hyphen, which left "(95 %-" at the
 * end of a line and "interval" on the next; a hyphen right after "%" is no place to break. The text keeps its
 * ordinary hyphen-minus (no U+2011, which the fonts may lack and which text extraction and search would not read
 * as "-"); only the line breaking changes. With {@link Fmt#keep}'s no-break space before "%" the whole
 * "95 %-interval" stays together. Every other break is OpenPDF's own.
 */
final class UnbrokenPercent extends DefaultSplitCharacter {

    private static final UnbrokenPercent RULE = new UnbrokenPercent();

    private UnbrokenPercent() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (current > 0 && getCurrentCharacter(current, cc, ck) == '-'
                && getCurrentCharacter(current - 1, cc, ck) == '%') {
            return false;
        }
        return super.isSplitCharacter(start, current, end, cc, ck);
    }

    /**
     * Gives the rule to every chunk of {@code element}: a chapter's or section's title and content,
     * paragraphs, lists and table cells (also nested tables). A chunk with a rule of its own keeps it.
     * Call before the element is measured or laid out.
     */
    static void apply(Element element) {
        if (element instanceof Chunk chunk) {
            if (chunk.getChunkAttributes() == null || !chunk.getChunkAttributes().containsKey(Chunk.SPLITCHARACTER)) {
                chunk.setSplitCharacter(RULE);
            }
        } else if (element instanceof Section section) {
            apply(section.getTitle());
            section.forEach(UnbrokenPercent::apply);
        } else if (element instanceof Phrase phrase) {
            phrase.forEach(UnbrokenPercent::apply);
        } else if (element instanceof List list) {
            list.getItems().forEach(UnbrokenPercent::apply);
        } else if (element instanceof PdfPTable table) {
            for (PdfPRow row : table.getRows()) {
                for (PdfPCell cell : row.getCells()) {
                    if (cell != null) {
                        cell(cell);
                    }
                }
            }
        }
    }

    private static void cell(PdfPCell cell) {
        if (cell.getPhrase() != null) {
            apply(cell.getPhrase());
        }
        if (cell.getCompositeElements() != null) {
            for (Object e : cell.getCompositeElements()) {
                apply((Element) e);
            }
        }
        if (cell.getTable() != null) {
            apply(cell.getTable());
        }
    }
}
