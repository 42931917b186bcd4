package dk.praksis.report.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags one table's cells as OpenPDF draws them: every cell gets an event that wraps the cell's text,
 * just written, in its TH or TD (under a TR under the Table). Header rows that OpenPDF repeats on a
 * later page are artifacts, as their TH already exist; a row split over two pages continues its cells.
 * The event object identifies the cell, since OpenPDF copies cells when it splits a table.
 * <p>
 * A {@link LongTable} is laid out batch by batch as one table ({@link #continueWith}); the rows of each finished
 * batch are written to the file at once, so its structure elements do not wait in memory for the document to close.
 * <p>
 * A table of contents is tagged TOC > TOCI > Link instead, with a link annotation over each cell.
 */
final class TableTags {

    /** A contents row: its chapter title and the page the link goes to. */
    record Target(String title, int page) {
    }

    private final PdfWriter writer;
    private final PdfStructureElement table;
    private final int headerRows;
    private final List<Target> targets;
    /** How many pages a contents list's target page moves when the document closes (see PdfOutput). */
    private final int moved;
    private final Map<Integer, PdfStructureElement> rows = new HashMap<>();
    private final Map<Integer, PdfStructureElement> cells = new HashMap<>();
    /** The Table's rows already written to the file, in order; null while none is. */
    private PdfArray written;
    private int mark;

    private TableTags(PdfWriter writer, PdfStructureElement parent, PdfPTable source, List<Target> targets,
                      int moved) {
        this.writer = writer;
        this.targets = targets;
        this.moved = moved;
        this.table = Tags.element(parent, targets == null ? Tags.TABLE : Tags.TOC);
        this.headerRows = source.getHeaderRows();
        listen(source);
    }

    /** Gives each cell of {@code source} the event that tags it, naming its row and column there. */
    private void listen(PdfPTable source) {
        List<PdfPRow> sourceRows = source.getRows();
        for (int r = 0; r < sourceRows.size(); r++) {
            PdfPCell[] row = sourceRows.get(r).getCells();
            for (int c = 0; c < row.length; c++) {
                if (row[c] != null) {
                    row[c].setCellEvent(new Cell(r, c));
                }
            }
        }
    }

    /** Tags {@code source} as a data table under {@code parent}. */
    static TableTags table(PdfWriter writer, PdfStructureElement parent, PdfPTable source) {
        return new TableTags(writer, parent, source, null, 0);
    }

    /**
     * Tags {@code source} as a table of contents whose row i links to {@code targets.get(i)}'s page, which was
     * written as page {@code page - moved} (the pages are reordered when the document closes).
     */
    static TableTags contents(PdfWriter writer, PdfStructureElement parent, PdfPTable source, List<Target> targets,
                              int moved) {
        if (targets.size() != source.size()) {
            throw new IllegalArgumentException(targets.size() + " targets for " + source.size() + " rows");
        }
        return new TableTags(writer, parent, source, List.copyOf(targets), moved);
    }

    /**
     * Continues the table with the next batch of a {@link LongTable}, which has the same columns and header rows.
     * Every row laid out so far is finished (the layout of a batch ends with its last row), so their elements (TR
     * with its TH and TD) are written to the file now and only their references kept. The batch's header rows
     * are repeats, artifacts wherever a page starts with them.
     */
    void continueWith(PdfPTable batch) {
        writeRows();
        rows.clear();
        cells.keySet().removeIf(key -> key / 1000 >= headerRows);
        listen(batch);
    }

    /**
     * Ends a table continued by {@link #continueWith}: the last batch's rows are written too, and the Table's kids
     * become a reference to the array of its rows, in order. (OpenPDF writes the rest of the tree when the document
     * closes, and only descends into kids that are elements, which written rows no longer are.) Does nothing for
     * a table laid out in one piece, whose elements OpenPDF writes when the document closes, as for any other.
     */
    void finish() {
        if (written == null) {
            return;
        }
        writeRows();
        try {
            table.put(PdfName.K, writer.addToBody(written).getIndirectReference());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written = null;
    }

    private void writeRows() {
        if (written == null) {
            written = new PdfArray();
        }
        PdfArray kids = table.getAsArray(PdfName.K);
        if (kids == null) {
            return;
        }
        for (PdfObject row : kids.getElements()) {
            written.add(write((PdfStructureElement) row));
        }
        table.remove(PdfName.K); // the next batch's rows start a new array
    }

    /** Writes an element after its descendants, each kid replaced by its reference, as OpenPDF does on closing. */
    private PdfIndirectReference write(PdfStructureElement element) {
        PdfArray kids = element.getAsArray(PdfName.K);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getPdfObject(i) instanceof PdfStructureElement kid) {
                    kids.set(i, write(kid));
                }
            }
        }
        try {
            writer.addToBody(element, element.getReference());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return element.getReference();
    }

    /** Where the cells' text starts on the canvas: the caller has just emptied it. */
    void startAt(int position) {
        mark = position;
    }

    private void layout(int row, int column, PdfPCell cell, Rectangle position, PdfContentByte text) {
        int key = row * 1000 + column;
        PdfStructureElement element = cells.get(key);
        if (element != null && row < headerRows) {
            mark = Tags.wrap(text, mark, null); // a repeated header row
            return;
        }
        if (element == null) {
            element = targets == null ? dataCell(row, column, cell) : link(row);
            cells.put(key, element);
        }
        mark = Tags.wrap(text, mark, element);
        if (targets != null) {
            annotate(element, targets.get(row), position);
        }
    }

    private PdfStructureElement dataCell(int row, int column, PdfPCell cell) {
        PdfStructureElement tr = rows.computeIfAbsent(row, r -> Tags.element(table, Tags.TR));
        if (row < headerRows) {
            return Tags.cell(tr, Tags.TH, Tags.COLUMN, cell.getRowspan(), cell.getColspan());
        }
        if (headerRows == 0 && column == 0) {
            return Tags.cell(tr, Tags.TH, Tags.ROW, cell.getRowspan(), cell.getColspan()); // a label beside its value
        }
        return Tags.cell(tr, Tags.TD, null, cell.getRowspan(), cell.getColspan());
    }

    /** One Link per contents row: its title and page number are one link. */
    private PdfStructureElement link(int row) {
        return rows.computeIfAbsent(row, r -> Tags.element(Tags.element(table, Tags.TOCI), Tags.LINK));
    }

    private void annotate(PdfStructureElement link, Target target, Rectangle position) {
        PdfAction go = PdfAction.gotoLocalPage(target.page() - moved, new PdfDestination(PdfDestination.FIT), writer);
        PdfAnnotation annotation = new PdfAnnotation(writer, position.getLeft(), position.getBottom(),
                position.getRight(), position.getTop(), go);
        annotation.put(PdfName.CONTENTS, new PdfString("Gå til " + target.title() + ", side " + target.page(),
                PdfObject.TEXT_UNICODE));
        annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
        annotation.setBorder(new PdfBorderArray(0, 0, 0));
        int key = writer.getStructureTreeRoot().addExistingObject(link.getReference()); // the parent tree leads to the Link
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
        writer.addAnnotation(annotation);
        Tags.addObject(link, annotation.getIndirectReference(), writer);
    }

    private final class Cell implements PdfPCellEvent {
        private final int row;
        private final int column;

        Cell(int row, int column) {
            this.row = row;
            this.column = column;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            layout(row, column, cell, position, canvases[PdfPTable.TEXTCANVAS]);
        }
    }
}
