package dk.praksis.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes "Side 3 af 12" and the document's short title at the foot of every page. The total is not
 * known until the end, so every page shows one shared template that is filled when the document closes.
 * In a report whose front page is written last and moved first ({@link PdfOutput#bytesWithContents}),
 * the body's pages are numbered from 2 and the front page 1.
 */
final class PageFooter extends PdfPageEventHelper {

    private static final float BASELINE = 28;

    private final HouseStyle style;
    private final String label;
    private PdfTemplate total;
    /** Added to the number of a page as written: 1 when the front page is written last and moved first. */
    private int shift;
    private boolean frontPage;

    PageFooter(HouseStyle style, String label) {
        this.style = style;
        this.label = label;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        float width = style.footer.getBaseFont().getWidthPoint(" 0000", style.footer.getSize());
        total = writer.getDirectContent().createTemplate(width, style.footer.getSize() + 2);
    }

    /** The front page will be written last and moved first, so the pages written before it are numbered from 2. */
    void frontPageLast() {
        shift = 1;
    }

    /** The next page written is that front page, page 1. */
    void frontPageNext() {
        frontPage = true;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = frontPage ? 1 : writer.getPageNumber() + shift;
        PdfContentByte cb = writer.getDirectContent();
        Tags.beginPagination(cb); // repeated on every page: not part of the reading order
        float right = document.right() - total.getWidth();
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                new Phrase("Side " + page + " af", style.footer), right, BASELINE, 0);
        cb.addTemplate(total, right, BASELINE - 2);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(label, style.footer),
                document.left(), BASELINE, 0);
        cb.endMarkedContentSequence();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // the page number has already advanced past the last page when the document closes; the
        // leading space is inside the template so text extraction reads "af 12", not "af12"
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                new Phrase(" " + (writer.getPageNumber() - 1), style.footer), 0, 2, 0);
    }
}
