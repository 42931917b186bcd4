package dk.praksis.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
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
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Consumer;

/**
 * Writes one PDF: A4, house style, metadata, page footer, and nothing that changes between runs
 * (dates come from {@link DocumentInfo#date()}, the document ID is a hash of the metadata).
 */
final class PdfOutput {

    static final String PRODUCER = "praksis";

    /** Where the layout-only rendering of {@link #bytesWithContents} writes. */
    private static final OutputStream DISCARD = OutputStream.nullOutputStream();

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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(info, footerLabel, content, Map.of(), out).document.close();
        return out.toByteArray();
    }

    /**
     * Renders twice: the first time records where each chapter starts, the second gives the content
     * those page numbers (through {@link ReportDocument#chapterPages}) for a contents list. The contents
     * list must take the same room both times, so it must fit on a page that ends with a page break.
     * The first rendering only lays out: its bytes are thrown away uncompressed and it is never closed,
     * so fonts, charts and the cross-reference table are not written for it.
     */
    static byte[] bytesWithContents(DocumentInfo info, String footerLabel, Consumer<ReportDocument> content) {
        Rendering layout = render(info, footerLabel, content, Map.of(), DISCARD);
        Map<String, Integer> pages = layout.doc.renderedChapterPages();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(info, footerLabel, content, pages, out).document.close();
        return out.toByteArray();
    }

    /** A laid-out document, still open: closing it writes the rest of the PDF. */
    private record Rendering(Document document, ReportDocument doc) {
    }

    private static Rendering render(DocumentInfo info, String footerLabel, Consumer<ReportDocument> content,
                                    Map<String, Integer> knownPages, OutputStream out) {
        HouseStyle style = new HouseStyle(new FontFamily());
        Document document = new Document(PageSize.A4, 56, 56, 56, 62);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        if (out == DISCARD) {
            writer.setCompressionLevel(PdfStream.NO_COMPRESSION); // nobody reads these bytes
        }
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        // A chart that does not fit goes to the next page in its place; by default OpenPDF defers it and lets
        // the next theme's table flow ahead of it, so the chart lands under the wrong heading.
        writer.setStrictImageSequence(true);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        writer.setPageEvent(new PageFooter(style, footerLabel));
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
        ReportDocument doc = new ReportDocument(document, writer, style, knownPages);
        content.accept(doc);
        return new Rendering(document, doc);
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
