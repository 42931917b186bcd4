package dk.praksis.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.util.Iterator;
import java.util.function.BiConsumer;

/**
 * A table with a row per item of a list that may be very long (a kommune's attachment lists every one of its cases,
 * tens of thousands in a national audit): its rows are made a batch at a time, each batch only when the layout has
 * finished the one before, so the heap holds one batch of cells rather than the table. This object is the first
 * batch; {@link ReportDocument} lays the rest out after it as the same table (the header repeats at the top of each
 * page, never between batches) and tags all of them as one Table ({@link TableTags#continueWith}).
 * <p>
 * A table of at most one batch is an ordinary {@link PdfPTable}, laid out and tagged exactly as one.
 *
 * @param <T> what a row is made from
 */
final class LongTable<T> extends PdfPTable {

    /** Body rows per batch: far more than a page holds, and a few megabytes of cells at most. */
    static final int ROWS = 500;

    private final PdfPTable header;
    private final Iterator<T> items;
    private final BiConsumer<PdfPTable, T> addRow;
    private final int rowsPerBatch;

    /**
     * A table with {@code header}'s columns, header rows and spacing, and a row for each of {@code items}, added
     * to a batch by {@code addRow} (which adds exactly one row's cells).
     */
    LongTable(PdfPTable header, Iterator<T> items, BiConsumer<PdfPTable, T> addRow) {
        this(header, items, addRow, ROWS);
    }

    /** As {@link #LongTable(PdfPTable, Iterator, BiConsumer)} with batches of {@code rowsPerBatch} rows (tests). */
    LongTable(PdfPTable header, Iterator<T> items, BiConsumer<PdfPTable, T> addRow, int rowsPerBatch) {
        super(header);
        if (rowsPerBatch < 1) {
            throw new IllegalArgumentException("a batch needs at least one row");
        }
        this.header = new PdfPTable(header);
        this.items = items;
        this.addRow = addRow;
        this.rowsPerBatch = rowsPerBatch;
        fill(this);
    }

    /**
     * The next batch, or null when every item has its row. It continues the table: no space before it, no header
     * where it starts (a new page still gets one), and the table's space after only under the last batch.
     */
    PdfPTable next() {
        if (!items.hasNext()) {
            return null;
        }
        PdfPTable batch = new PdfPTable(header);
        batch.setSkipFirstHeader(true);
        batch.setSpacingBefore(0);
        fill(batch);
        return batch;
    }

    private void fill(PdfPTable batch) {
        for (int i = 0; i < rowsPerBatch && items.hasNext(); i++) {
            addRow.accept(batch, items.next());
        }
        if (items.hasNext()) {
            batch.setSpacingAfter(0);
        }
    }
}
