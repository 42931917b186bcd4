package dk.praksis.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Sets a table's column widths from its content so numbers are never broken across lines: every
 * column but one gets the width of its widest line (its header may wrap between words), and the one
 * flexible column (the labels) takes what is left.
 */
final class ColumnFit {

    /** Room for a cell's left and right padding and its rules. */
    private static final float PADDING = 10;

    private ColumnFit() {
    }

    /** @throws IllegalStateException when the numbers cannot fit beside the labels' longest word */
    static void fit(PdfPTable table, float totalWidth, int flexible) {
        int n = table.getNumberOfColumns();
        float[] need = new float[n];
        for (PdfPRow row : table.getRows()) {
            PdfPCell[] cells = row.getCells();
            for (int col = 0; col < cells.length; col++) {
                PdfPCell cell = cells[col];
                if (cell == null || cell.getColspan() > 1 || cell.getPhrase() == null) {
                    continue;
                }
                boolean whole = row != table.getRow(0) && col != flexible;
                need[col] = Math.max(need[col], widest(cell.getPhrase(), whole) + PADDING);
            }
        }
        float fixed = 0;
        for (int col = 0; col < n; col++) {
            if (col != flexible) {
                fixed += need[col];
            }
        }
        float rest = totalWidth - fixed;
        if (rest < need[flexible]) {
            throw new IllegalStateException("the table's numbers do not fit beside its labels");
        }
        need[flexible] = rest;
        try {
            table.setWidths(need);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The widest line of the phrase, or with {@code lines} false its longest word. */
    private static float widest(Phrase phrase, boolean lines) {
        float max = 0;
        float current = 0;
        for (Object o : phrase.getChunks()) {
            Chunk chunk = (Chunk) o;
            Font font = chunk.getFont();
            String text = chunk.getContent();
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '\n' || (!lines && ch == ' ')) {
                    max = Math.max(max, current);
                    current = 0;
                } else {
                    current += font.getBaseFont().getWidthPoint(ch, font.getSize());
                }
            }
        }
        return Math.max(max, current);
    }
}
