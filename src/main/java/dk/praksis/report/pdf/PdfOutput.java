package dk.praksis.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.function.Consumer;

/**
 * Writes one PDF: A4, house style, metadata, page footer, and nothing that changes between runs
 * (dates come from {@link DocumentInfo#date()}, the document ID is a hash of the metadata).
 */
final class PdfOutput {

    static final String PRODUCER = "praksis";

    private PdfOutput() {
    }

    /** Writes finished bytes, creating the folder when needed. */
    static void save(Path file, byte[] bytes) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(DocumentInfo info, String footerLabel, Consumer<ReportDocument> content) {
        return bytes(new FontPool(), info, footerLabel, content);
    }

    /** As {@link #bytes(DocumentInfo, String, Consumer)}, with fonts borrowed from the run's pool. */
    static byte[] bytes(FontPool fonts, DocumentInfo info, String footerLabel, Consumer<ReportDocument> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rendering rendering = open(fonts.borrow(), info, footerLabel, out);
        content.accept(rendering.doc);
        rendering.close(fonts);
        return out.toByteArray();
    }

    /**
     * A report whose front page lists every chapter with the page it starts on, laid out once: the body
     * first, then the front page, which knows the body's page numbers by then and is moved before it when
     * the document closes. Its page numbers in the footer and the contents, its links and its place first
     * in the reading order are those of page 1 (see {@link ReportDocument#startFrontPage}). The front page
     * with its contents list must fit on one page.
     */
    static byte[] bytesWithContents(FontPool fonts, DocumentInfo info, String footerLabel,
                                    Consumer<ReportDocument> front, Consumer<ReportDocument> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeWithContents(fonts, info, footerLabel, front, body, out);
        return out.toByteArray();
    }

    /**
     * As {@link #bytesWithContents}, written into {@code file} as it is laid out: a kommune's attachment of
     * thousands of cases is never a byte array in memory (which it would be twice while the array grows).
     */
    static void saveWithContents(Path file, FontPool fonts, DocumentInfo info, String footerLabel,
                                 Consumer<ReportDocument> front, Consumer<ReportDocument> body) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                writeWithContents(fonts, info, footerLabel, front, body, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeWithContents(FontPool fonts, DocumentInfo info, String footerLabel,
                                          Consumer<ReportDocument> front, Consumer<ReportDocument> body,
                                          OutputStream out) {
        Rendering rendering = open(fonts.borrow(), info, footerLabel, out);
        rendering.writer.setLinearPageMode(); // one page tree node, so the pages can be reordered
        rendering.footer.frontPageLast();
        body.accept(rendering.doc);
        int bodyPages = rendering.doc.startFrontPage();
        rendering.footer.frontPageNext();
        front.accept(rendering.doc);
        int pages = rendering.doc.endFrontPage();
        if (pages != bodyPages + 1) {
            throw new IllegalStateException("the front page took " + (pages - bodyPages) + " pages, not one");
        }
        int[] order = new int[pages];
        order[0] = pages;
        for (int p = 1; p < pages; p++) {
            order[p] = p;
        }
        try {
            rendering.writer.reorderPages(order);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        rendering.close(fonts);
    }

    /** An open document: closing it writes the rest of the PDF (the fonts' subsets last). */
    private record Rendering(Document document, PdfWriter writer, ReportDocument doc, PageFooter footer) {
        void close(FontPool fonts) {
            document.close();
            fonts.giveBack(doc.style.fonts); // only after the close: a failed document keeps its fonts
        }
    }

    private static Rendering open(FontFamily fonts, DocumentInfo info, String footerLabel, OutputStream out) {
        HouseStyle style = new HouseStyle(fonts);
        Document document = new Document(PageSize.A4, 56, 56, 56, 62);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        // A chart that does not fit goes to the next page in its place; by default OpenPDF defers it and lets
        // the next theme's table flow ahead of it, so the chart lands under the wrong heading.
        writer.setStrictImageSequence(true);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        PageFooter footer = new PageFooter(style, footerLabel);
        writer.setPageEvent(footer);
        if (info.draft()) {
            writer.setPageEvent(new DraftWatermark(style)); // added beside the footer, not in its place
        }
        writer.setTagged(); // ReportDocument tags every block (PDF/UA-1, PDF/A-2a)
        writer.setTabs(PdfName.S); // links are visited in structure order
        document.addTitle(info.title());
        if (!info.author().isEmpty()) {
            document.addAuthor(info.author());
        }
        if (!info.subject().isEmpty()) {
            document.addSubject(info.subject());
        }
        if (!info.keywords().isEmpty()) {
            document.addKeywords(info.keywords());
        }
        document.addCreator(PRODUCER);
        document.setDocumentLanguage(DocumentInfo.LANGUAGE);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(DocumentInfo.LANGUAGE));
        document.open();
        PdfDate date = fixVolatileEntries(writer, info);
        PdfA.apply(writer, info, date);
        return new Rendering(document, writer, new ReportDocument(document, writer, style), footer);
    }

    /** Replaces what OpenPDF would take from the clock or a random source. */
    private static PdfDate fixVolatileEntries(PdfWriter writer, DocumentInfo info) {
        GregorianCalendar day = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        day.clear();
        day.set(info.date().getYear(), info.date().getMonthValue() - 1, info.date().getDayOfMonth());
        PdfDate date = new PdfDate(day);
        var dict = writer.getInfo();
        dict.put(PdfName.CREATIONDATE, date);
        dict.put(PdfName.MODDATE, date);
        dict.put(PdfName.PRODUCER, new PdfString(PRODUCER));
        byte[] id = documentId(info);
        dict.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        return date;
    }

    private static byte[] documentId(DocumentInfo info) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            String key = String.join("\u0000", info.title(), info.author(), info.subject(), info.date().toString());
            return Arrays.copyOf(md5.digest(key.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
