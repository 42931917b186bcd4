package dk.praksis.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records the page each chapter starts on, for the contents list on the next rendering. */
final class ChapterPages extends PdfPageEventHelper {

    private final Map<String, Integer> pages = new LinkedHashMap<>();

    @Override
    public void onChapter(PdfWriter writer, Document document, float position, Paragraph title) {
        pages.put(title.getContent().strip(), writer.getPageNumber());
    }

    /** Chapter title to its first page, in document order. */
    Map<String, Integer> pages() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pages));
    }
}
