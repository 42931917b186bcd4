package dk.praksis.report.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.util.Arrays;

/**
 * The tagged-PDF vocabulary (ISO 32000-1, 14.7–14.8) on top of OpenPDF's structure API: structure
 * elements with their attributes, and the wrapping of content already written to a canvas in a
 * marked-content sequence that ties it to its element (or marks it as an artifact).
 * <p>
 * OpenPDF 2.0 tags nothing by itself; {@link ReportDocument} writes every block through here (see
 * docs/decisions/0002-tagget-pdf-med-openpdf.md).
 */
final class Tags {

    static final PdfName DOCUMENT = new PdfName("Document");
    static final PdfName SECT = new PdfName("Sect");
    static final PdfName P = PdfName.P;
    static final PdfName L = new PdfName("L");
    static final PdfName LI = new PdfName("LI");
    static final PdfName LBODY = new PdfName("LBody");
    static final PdfName TABLE = new PdfName("Table");
    static final PdfName TR = new PdfName("TR");
    static final PdfName TH = new PdfName("TH");
    static final PdfName TD = new PdfName("TD");
    static final PdfName FIGURE = new PdfName("Figure");
    static final PdfName TOC = new PdfName("TOC");
    static final PdfName TOCI = new PdfName("TOCI");
    static final PdfName LINK = new PdfName("Link");
    static final PdfName ARTIFACT = new PdfName("Artifact");
    static final PdfName COLUMN = new PdfName("Column");
    static final PdfName ROW = new PdfName("Row");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName ROWSPAN = new PdfName("RowSpan");
    private static final PdfName COLSPAN = new PdfName("ColSpan");
    private static final PdfName PAGINATION = new PdfName("Pagination");
    private static final PdfName WATERMARK = new PdfName("Watermark");
    private static final PdfName OBJR = new PdfName("OBJR");

    private Tags() {
    }

    static PdfName heading(int level) {
        return new PdfName("H" + level);
    }

    static PdfStructureElement element(PdfStructureElement parent, PdfName type) {
        return new PdfStructureElement(parent, type);
    }

    /** A figure with its alternative text (what a screen reader says instead of the picture). */
    static PdfStructureElement figure(PdfStructureElement parent, String alt) {
        PdfStructureElement e = element(parent, FIGURE);
        e.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
        return e;
    }

    /** A table cell; header cells name their scope, spanning cells their spans. */
    static PdfStructureElement cell(PdfStructureElement row, PdfName type, PdfName scope, int rowspan, int colspan) {
        PdfStructureElement e = element(row, type);
        PdfDictionary a = new PdfDictionary();
        a.put(PdfName.O, TABLE);
        if (scope != null) {
            a.put(SCOPE, scope);
        }
        if (rowspan > 1) {
            a.put(ROWSPAN, new PdfNumber(rowspan));
        }
        if (colspan > 1) {
            a.put(COLSPAN, new PdfNumber(colspan));
        }
        if (a.size() > 1) {
            e.put(PdfName.A, a);
        }
        return e;
    }

    /** Adds an object reference (e.g. a link annotation) to an element's kids, after its marked content. */
    static void addObject(PdfStructureElement e, PdfIndirectReference object, PdfWriter writer) {
        PdfDictionary objr = new PdfDictionary(OBJR);
        objr.put(PdfName.OBJ, object);
        objr.put(PdfName.PG, writer.getCurrentPage());
        PdfObject k = e.get(PdfName.K);
        PdfArray kids;
        if (k == null) {
            kids = new PdfArray();
        } else if (k.isArray()) {
            kids = (PdfArray) k;
        } else {
            kids = new PdfArray();
            kids.add(k);
        }
        kids.add(objr);
        e.put(PdfName.K, kids);
    }

    /**
     * Wraps what was written to {@code canvas} since byte {@code from} in a marked-content sequence for
     * {@code element}, or marks it as an artifact when {@code element} is null. Nothing written, nothing wrapped.
     *
     * @return where the canvas ends now, the {@code from} of the next wrap
     */
    static int wrap(PdfContentByte canvas, int from, PdfStructureElement element) {
        var buffer = canvas.getInternalBuffer();
        if (buffer.size() <= from) {
            return buffer.size();
        }
        byte[] written = Arrays.copyOfRange(buffer.getBuffer(), from, buffer.size());
        buffer.setSize(from);
        if (element == null) {
            canvas.beginMarkedContentSequence(ARTIFACT);
        } else {
            canvas.beginMarkedContentSequence(element);
        }
        buffer.append(written);
        canvas.endMarkedContentSequence();
        return buffer.size();
    }

    /** Begins a watermark artifact (such as a draft's "Udkast – til høring") directly on a page. */
    static void beginWatermark(PdfContentByte canvas) {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, PAGINATION);
        properties.put(PdfName.SUBTYPE, WATERMARK);
        canvas.beginMarkedContentSequence(ARTIFACT, properties, true);
    }

    /** Begins a pagination artifact (running footer, page number) directly on a page. */
    static void beginPagination(PdfContentByte canvas) {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, PAGINATION);
        canvas.beginMarkedContentSequence(ARTIFACT, properties, true);
    }
}
