package dk.praksis.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chapter;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An open PDF in the house style. Renderers build chapters, sections, paragraphs, lists, tables and
 * charts (images with alternative text) and add them here; this lays them out with OpenPDF's
 * {@link ColumnText} page by page and tags every block as it goes, so everything a renderer adds
 * through here is in the structure tree (PDF/UA-1, PDF/A-2a) without the renderer doing anything:
 * chapters and sections become Sect with H1/H2/H3 and a bookmark, paragraphs P, lists L/LI/LBody,
 * tables Table/TR/TH/TD ({@link TableTags}), images Figure with their alternative text. Table rules
 * and backgrounds are artifacts; the page footer marks itself ({@link PageFooter}).
 */
final class ReportDocument {

    /** Pages before the body: the front page, written after it and moved first. */
    private static final int FRONT_PAGES = 1;

    /** A heading closer than this to the foot of the page starts the next page, with what follows it. */
    private static final float KEEP_WITH_NEXT = 72;

    final HouseStyle style;
    private final Document document;
    private final PdfWriter writer;
    /** Chapter titles and the pages they start on (as numbered in the finished document), in document order. */
    private final Map<String, Integer> chapterPages = new LinkedHashMap<>();
    /** Where the front page's structure elements begin among the document's, once it is being written. */
    private int frontElements = -1;
    /** Page content, then table backgrounds, rules and text, as OpenPDF's tables draw them (see flush). */
    private final PdfContentByte[] canvases;
    private final ColumnText column;
    private final PdfStructureElement root;
    private float y;
    private int chapters;
    private int lastHeading;

    ReportDocument(Document document, PdfWriter writer, HouseStyle style) {
        this.document = document;
        this.writer = writer;
        this.style = style;
        this.canvases = PdfPTable.beginWritingRows(writer.getDirectContent());
        this.column = new ColumnText(canvases[PdfPTable.TEXTCANVAS]);
        column.setCanvases(canvases);
        this.root = new PdfStructureElement(writer.getStructureTreeRoot(), Tags.DOCUMENT);
        this.y = document.top();
    }

    /**
     * Chapter titles and the pages they start on in the finished document, in document order: for the front
     * page's contents list, written after the chapters ({@link #startFrontPage}).
     */
    Map<String, Integer> chapterPages() {
        return java.util.Collections.unmodifiableMap(chapterPages);
    }

    /**
     * Ends the body and starts the front page, which {@link PdfOutput#bytesWithContents} moves before it
     * when the document closes: every chapter starts one page later than the page it was written on.
     *
     * @return the number of pages written so far
     */
    int startFrontPage() {
        newPage();
        chapterPages.replaceAll((title, page) -> page + FRONT_PAGES);
        frontElements = elements().size();
        return writer.getPageNumber() - 1;
    }

    /**
     * Ends the front page and moves its structure elements, written last, before the body's, so the reading
     * order follows the pages.
     *
     * @return the number of pages written
     */
    int endFrontPage() {
        newPage();
        PdfArray elements = elements();
        java.util.List<PdfObject> front = new java.util.ArrayList<>(
                elements.getElements().subList(frontElements, elements.size()));
        while (elements.size() > frontElements) {
            elements.remove(elements.size() - 1);
        }
        for (int i = 0; i < front.size(); i++) {
            elements.add(i, front.get(i));
        }
        return writer.getPageNumber() - 1;
    }

    /** The document's top-level structure elements, in reading order. */
    private PdfArray elements() {
        PdfArray kids = root.getAsArray(PdfName.K);
        if (kids == null) {
            kids = new PdfArray();
            root.put(PdfName.K, kids);
        }
        return kids;
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

    /**
     * Lays out and tags a chapter (with everything in it), or a block outside chapters: a {@link Heading},
     * a paragraph, a list, a table or an image with alternative text ({@link Image#setAlt}).
     */
    void add(Element element) {
        UnbrokenPercent.apply(element);
        if (element instanceof Section section) {
            section(section, 1, root, writer.getRootOutline());
        } else {
            block(element, root);
        }
    }

    /**
     * A table of contents: row i of {@code table} links to {@code targets.get(i)}'s page. Tagged
     * TOC/TOCI/Link, so a screen reader announces it as contents and each entry as a link.
     */
    void addContents(PdfPTable table, java.util.List<TableTags.Target> targets) {
        UnbrokenPercent.apply(table);
        flow(table, null, TableTags.contents(writer, root, table, targets, FRONT_PAGES));
    }

    void newPage() {
        flush();
        document.newPage();
        y = document.top();
    }

    PdfWriter writer() {
        return writer;
    }

    /** The width available between the margins, for charts that span the page. */
    float contentWidth() {
        return document.right() - document.left();
    }

    private void section(Section section, int level, PdfStructureElement parent, PdfOutline outlineParent) {
        if (section.isTriggerNewPage()) {
            newPage();
        }
        PdfStructureElement sect = Tags.element(parent, Tags.SECT);
        Paragraph title = section.getTitle();
        java.util.List<Element> elements = new java.util.ArrayList<>(section);
        Placed placed = heading(title, level, sect, elements, 0);
        PdfOutline outline = new PdfOutline(outlineParent, new PdfDestination(PdfDestination.FITH, placed.top()),
                title.getContent().strip(), section.isBookmarkOpen());
        if (level == 1) {
            chapterPages.put(title.getContent().strip(), placed.page());
        }
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            if (element instanceof Section sub) {
                section(sub, level + 1, sect, outline);
            } else if (element instanceof Heading h) {
                heading(h, h.level, sect, elements, i + 1);
            } else {
                keepWithNext(element, elements, i + 1);
                block(element, sect);
            }
        }
    }

    /** Where a heading landed: its page and the top of its space there (for its bookmark). */
    private record Placed(int page, float top) {
    }

    /**
     * Writes a heading, at most one level below the previous one (levels are never skipped). It starts
     * a new page when what must stay with it does not fit below it: the paragraphs that introduce its
     * table or figure and the table's header with its first row (or the whole figure).
     */
    private Placed heading(Paragraph title, int level, PdfStructureElement parent, java.util.List<Element> next,
                           int from) {
        java.util.List<Element> kept = new java.util.ArrayList<>();
        kept.add(title);
        kept.addAll(lead(next, from));
        float need = Math.max(KEEP_WITH_NEXT, height(kept));
        if (y < document.top() && y - document.bottom() < need) {
            newPage();
        }
        int tag = Math.min(Math.min(level, 3), lastHeading + 1);
        lastHeading = tag;
        int pageBefore = writer.getPageNumber();
        float top = y;
        flow(title, Tags.element(parent, Tags.heading(tag)), null);
        int page = writer.getPageNumber();
        return new Placed(page, page == pageBefore ? top : document.top());
    }

    /** A paragraph that introduces a table or figure starts a new page when the table's start would not follow it. */
    private void keepWithNext(Element element, java.util.List<Element> next, int from) {
        if (!(element instanceof Paragraph || element instanceof Phrase) || from >= next.size()
                || !(next.get(from) instanceof PdfPTable || next.get(from) instanceof Image)) {
            return;
        }
        java.util.List<Element> kept = new java.util.ArrayList<>();
        kept.add(element);
        kept.addAll(lead(next, from));
        if (y < document.top() && y - document.bottom() < height(kept)) {
            newPage();
        }
    }

    /**
     * What must stay on the page with a heading: the notes and paragraphs up to its first table or
     * figure (at most three), then the table's header rows with its first body row, or the figure.
     */
    private static java.util.List<Element> lead(java.util.List<Element> next, int from) {
        java.util.List<Element> lead = new java.util.ArrayList<>();
        for (int i = from; i < next.size() && i < from + 4; i++) {
            Element e = next.get(i);
            if (e instanceof PdfPTable table) {
                PdfPTable start = new PdfPTable(table);
                while (start.size() > start.getHeaderRows() + 1) {
                    start.deleteLastRow();
                }
                lead.add(start);
                return lead;
            } else if (e instanceof Image) {
                lead.add(e);
                return lead;
            } else if (e instanceof Heading || e instanceof Section || !(e instanceof Paragraph || e instanceof Phrase)) {
                return lead;
            }
            lead.add(e);
        }
        return lead;
    }

    /** The height the elements take laid out from the top of an empty page, found by a dry run. */
    private float height(java.util.List<Element> elements) {
        ColumnText dry = new ColumnText(null);
        dry.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
        elements.forEach(dry::addElement);
        try {
            dry.go(true);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF-indhold kunne ikke måles", e);
        }
        return document.top() - dry.getYLine();
    }

    private void block(Element element, PdfStructureElement parent) {
        if (element instanceof Heading h) {
            heading(h, h.level, parent, java.util.List.of(), 0);
        } else if (element instanceof PdfPTable table) {
            TableTags tags = TableTags.table(writer, parent, table);
            flow(table, null, tags);
            if (table instanceof LongTable<?> rest) {
                for (PdfPTable batch = rest.next(); batch != null; batch = rest.next()) {
                    UnbrokenPercent.apply(batch);
                    tags.continueWith(batch);
                    flow(batch, null, tags);
                }
                tags.finish();
            }
        } else if (element instanceof Image image) {
            if (image.getAlt() == null || image.getAlt().isBlank()) {
                throw new IllegalArgumentException("an image in a report needs alternative text (Image.setAlt)");
            }
            flow(image, Tags.figure(parent, image.getAlt()), null);
        } else if (element instanceof List list) {
            list(list, parent);
        } else if (element instanceof Paragraph || element instanceof Phrase) {
            flow(element, Tags.element(parent, Tags.P), null);
        } else {
            throw new IllegalArgumentException("no tagging for report element " + element.getClass().getSimpleName());
        }
    }

    /**
     * A list item by item, each in its own LI. OpenPDF writes a list's symbol after the item's text, so
     * a bullet list is laid out as paragraphs with a hanging indent that start with a drawn dot (read
     * as nothing, where a "•" would be read after the item); other lists keep OpenPDF's numbering.
     */
    private void list(List list, PdfStructureElement parent) {
        PdfStructureElement l = Tags.element(parent, Tags.L);
        java.util.List<Element> items = list.getItems();
        boolean bullets = !list.isNumbered() && !list.isLettered();
        for (int i = 0; i < items.size(); i++) {
            ListItem item = (ListItem) items.get(i);
            Element block;
            if (bullets) {
                Paragraph p = new Paragraph(item);
                p.setIndentationLeft(list.getIndentationLeft() + list.getSymbolIndent());
                p.setFirstLineIndent(-list.getSymbolIndent());
                p.add(0, dot(list.getSymbol().getFont(), list.getSymbolIndent()));
                block = p;
            } else {
                List one = new List(list.isNumbered(), list.isLettered(), list.getSymbolIndent());
                one.setListSymbol(list.getSymbol());
                one.setFirst(list.getFirst() + i);
                one.setIndentationLeft(list.getIndentationLeft());
                one.add(new ListItem(item)); // a copy: an item keeps the first symbol it was given
                block = one;
            }
            flow(block, Tags.element(Tags.element(l, Tags.LI), Tags.LBODY), null);
        }
    }

    /** A round bullet the size of a "•" in {@code font}, drawn (not text) at the left of {@code width}. */
    private Chunk dot(Font font, float width) {
        float fontSize = font.getSize() > 0 ? font.getSize() : 10;
        float size = fontSize * 0.34f;
        PdfTemplate dot = writer.getDirectContent().createTemplate(width, size);
        dot.setColorFill(font.getColor() == null ? java.awt.Color.BLACK : font.getColor());
        dot.circle(size / 2 + 1, size / 2, size / 2);
        dot.fill();
        try {
            return new Chunk(Image.getInstance(dot), 0, fontSize * 0.25f);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Lays out one block from the current position over as many pages as it needs. Its text is tagged
     * {@code tag}, or cell by cell by {@code cells} for a table.
     */
    private void flow(Element element, PdfStructureElement tag, TableTags cells) {
        if (y < document.top()) {
            // as OpenPDF's own flow does: an empty first paragraph, so the block keeps its space before
            Paragraph spacer = new Paragraph();
            spacer.setLeading(0);
            column.addElement(spacer);
        }
        column.addElement(element);
        boolean freshPage = false;
        while (true) {
            column.setSimpleColumn(document.left(), document.bottom(), document.right(), y);
            if (cells != null) {
                cells.startAt(0);
            }
            int status;
            try {
                status = column.go();
            } catch (DocumentException e) {
                throw new IllegalStateException("PDF-indhold kunne ikke tilføjes", e);
            }
            if (tag != null) {
                Tags.wrap(canvases[PdfPTable.TEXTCANVAS], 0, tag);
            }
            y = column.getYLine();
            boolean wrote = flush();
            if ((status & ColumnText.NO_MORE_TEXT) != 0) {
                return;
            }
            if (freshPage && !wrote) {
                throw new IllegalStateException("a report element does not fit on a page");
            }
            newPage();
            freshPage = true;
        }
    }

    /**
     * Moves what the last layout drew onto the page: table backgrounds and rules (artifacts) under the
     * text, as {@link PdfPTable#endWritingRows} would. Returns whether anything was drawn.
     */
    private boolean flush() {
        PdfContentByte page = canvases[PdfPTable.BASECANVAS];
        PdfContentByte backgrounds = canvases[PdfPTable.BACKGROUNDCANVAS];
        PdfContentByte rules = canvases[PdfPTable.LINECANVAS];
        PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
        boolean wrote = size(backgrounds) + size(rules) + size(text) > 0;
        if (size(backgrounds) > 0) {
            page.beginMarkedContentSequence(Tags.ARTIFACT);
            page.saveState();
            page.add(backgrounds);
            page.restoreState();
            page.endMarkedContentSequence();
        }
        if (size(rules) > 0) {
            page.beginMarkedContentSequence(Tags.ARTIFACT);
            page.saveState();
            page.setLineCap(2);
            page.resetRGBColorStroke();
            page.add(rules);
            page.restoreState();
            page.endMarkedContentSequence();
        }
        page.add(text);
        backgrounds.reset();
        rules.reset();
        text.reset();
        return wrote;
    }

    private static int size(PdfContentByte canvas) {
        return canvas.getInternalBuffer().size();
    }
}
