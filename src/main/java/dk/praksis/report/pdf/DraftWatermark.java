package dk.praksis.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import dk.praksis.results.AuditInfo;
import java.awt.Color;

/**
 * Marks every page of a draft "Udkast – til høring": large and diagonal behind the content, and in small capitals
 * at the top. Both are watermark artifacts (ISO 32000-1, 14.8.2.2), so screen readers and the structure tree skip
 * them and the document stays PDF/UA and PDF/A-2a; text extraction still finds them on every page.
 */
final class DraftWatermark extends PdfPageEventHelper {

    static final String TEXT = AuditInfo.DRAFT_LABEL.toUpperCase(java.util.Locale.ROOT);
    /** Light enough to read the content through, dark enough to see on a printout. */
    private static final Color GREY = new Color(0xD9, 0xD9, 0xD9);
    private static final float SIZE = 58;

    private final HouseStyle style;

    DraftWatermark(HouseStyle style) {
        this.style = style;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        BaseFont font = style.bodyBold.getBaseFont();
        PdfContentByte under = writer.getDirectContentUnder();
        Tags.beginWatermark(under);
        under.saveState();
        under.beginText();
        under.setColorFill(GREY);
        under.setFontAndSize(font, SIZE);
        float x = document.getPageSize().getWidth() / 2;
        float y = document.getPageSize().getHeight() / 2;
        under.showTextAligned(Element.ALIGN_CENTER, TEXT, x, y, 54);
        under.endText();
        under.restoreState();
        under.endMarkedContentSequence();

        PdfContentByte over = writer.getDirectContent();
        Tags.beginWatermark(over);
        over.saveState();
        over.beginText();
        over.setColorFill(HouseStyle.ORANGE);
        over.setFontAndSize(font, 9);
        over.showTextAligned(Element.ALIGN_CENTER, TEXT, x, document.getPageSize().getHeight() - 30, 0);
        over.endText();
        over.restoreState();
        over.endMarkedContentSequence();
    }
}
