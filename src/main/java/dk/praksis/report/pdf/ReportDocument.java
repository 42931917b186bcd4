package dk.praksis.report.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfWriter;

/**
 * An open PDF in the house style, laid out in OpenPDF's flow model: chapters (each a bookmark),
 * sections below them, paragraphs, tables and charts. Renderers build their content through this.
 */
final class ReportDocument {

    final HouseStyle style;
    private final Document document;
    private final PdfWriter writer;
    private int chapters;

    ReportDocument(Document document, PdfWriter writer, HouseStyle style) {
        this.document = document;
        this.writer = writer;
        this.style = style;
    }

    /** A new chapter on a new page; it becomes a top-level bookmark. Add it with {@link #add} when filled. */
    Chapter chapter(String title) {
        return chapter(title, true);
    }

    /** A chapter, on a new page or (for short documents) straight after what came before. */
    Chapter chapter(String title, boolean newPage) {
        Paragraph heading = new Paragraph(title, style.h1);
        heading.setSpacingAfter(10);
        Chapter chapter = new Chapter(heading, ++chapters);
        chapter.setNumberDepth(0);
        chapter.setTriggerNewPage(newPage);
        chapter.setBookmarkOpen(false);
        return chapter;
    }

    /** A titled section inside a chapter; a bookmark below the chapter's. */
    Section section(Section parent, String title) {
        Paragraph heading = new Paragraph(title, style.h2);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        Section section = parent.addSection(heading);
        section.setNumberDepth(0);
        return section;
    }

    void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF-indhold kunne ikke tilføjes", e);
        }
    }

    void newPage() {
        document.newPage();
    }

    PdfWriter writer() {
        return writer;
    }

    /** The width available between the margins, for charts that span the page. */
    float contentWidth() {
        return document.right() - document.left();
    }
}
