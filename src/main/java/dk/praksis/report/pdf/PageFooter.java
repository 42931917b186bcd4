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
 */
final class PageFooter extends PdfPageEventHelper {

    private static final float BASELINE = 28;

    private final HouseStyle style;
    private final String label;
    private PdfTemplate total;

    PageFooter(HouseStyle style, String label) {
        this.style = style;
        this.label = label;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        float width = style.footer.getBaseFont().getWidthPoint(" 0000", style.footer.getSize());
        total = writer.getDirectContent().createTemplate(width, style.footer.getSize() + 2);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Tags.beginPagination(cb); // repeated on every page: not part of the reading order
        float right = document.right() - total.getWidth();
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                new Phrase("Side " + writer.getPageNumber() + " af", style.footer), right, BASELINE, 0);
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
