package dk.praksis.report.pdf;

import com.lowagie.text.Chapter;
import dk.praksis.checklist.Checklist;
import java.nio.file.Path;
import java.time.LocalDate;

/** The måleskema as a standalone PDF, for {@code praksis checklist show FILE --pdf OUT}. */
public final class ChecklistPdf {

    /** A fixed date for the document's metadata: a checklist carries none, and reruns must give equal bytes. */
    private static final LocalDate FIXED = LocalDate.of(2000, 1, 1);

    private ChecklistPdf() {
    }

    public static void write(Checklist checklist, Path out) {
        PdfOutput.save(out, bytes(checklist));
    }

    /** The måleskema as PDF bytes, for a caller that writes them safely. */
    public static byte[] bytes(Checklist checklist) {
        return PdfOutput.bytes(info(checklist), "Måleskema " + checklist.id(), doc -> content(doc, checklist));
    }

    private static DocumentInfo info(Checklist checklist) {
        return new DocumentInfo("Måleskema: " + checklist.title(), "", "Måleskema " + checklist.id() + ", version "
                + checklist.version(), "måleskema, praksisundersøgelse", FIXED);
    }

    private static void content(ReportDocument doc, Checklist checklist) {
        Chapter chapter = doc.chapter("Måleskema");
        MaaleskemaChapter.fill(doc, chapter, checklist);
        doc.add(chapter);
    }
}
