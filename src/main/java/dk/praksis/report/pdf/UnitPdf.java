package dk.praksis.report.pdf;

import com.lowagie.text.Chapter;
import dk.praksis.boardtext.BoardText;
import dk.praksis.boardtext.Prose;
import java.nio.file.Path;

/** The full report for one kommune (the attachment it receives) or for the audit as a whole (samlet). */
final class UnitPdf {

    private UnitPdf() {
    }

    static byte[] bytes(UnitView view) {
        return bytes(new FontPool(), view);
    }

    static byte[] bytes(FontPool fonts, UnitView view) {
        return PdfOutput.bytesWithContents(fonts, info(view), footer(view), doc -> front(doc, view),
                doc -> body(doc, view));
    }

    /** As {@link #bytes(FontPool, UnitView)}, written straight into the file. */
    static void save(Path file, FontPool fonts, UnitView view) {
        PdfOutput.saveWithContents(file, fonts, info(view), footer(view), doc -> front(doc, view),
                doc -> body(doc, view));
    }

    /** A chapter of the board's own text; nothing when the board wrote none. */
    private static void textChapter(ReportDocument doc, ProseWriter prose, String title, Prose text) {
        if (text == null) {
            return;
        }
        Chapter chapter = doc.chapter(title);
        prose.add(chapter, text);
        doc.add(chapter);
    }

    static DocumentInfo info(UnitView view) {
        var info = view.report().info();
        String title = view.isTotal() ? info.shownTitle() : info.shownTitle() + " – " + view.label();
        String subject = view.isTotal() ? kind(view) + " for " + view.report().kommuner().size() + " kommuner"
                : "Resultater for " + view.label() + " (kommunekode " + view.unit().kommune().kode() + ")";
        return new DocumentInfo(title, info.sender(), subject, "praksisundersøgelse, " + view.report().checklist().id(),
                view.report().date(), info.isDraft());
    }

    static String footer(UnitView view) {
        var info = view.report().info();
        String title = info.isDraft() ? "Udkast: " + info.title() : info.title();
        return switch (view.edition()) {
            case PUBLIC -> title;
            case INTERNAL -> title + " – intern udgave";
            case KOMMUNE -> title + " – " + view.label();
        };
    }

    /** What the front page calls the report; a draft says so first. */
    private static String kind(UnitView view) {
        String kind = finalKind(view);
        return view.report().info().isDraft() ? dk.praksis.results.AuditInfo.DRAFT_LABEL + " · " + kind : kind;
    }

    private static String finalKind(UnitView view) {
        return switch (view.edition()) {
            case PUBLIC -> "Samlet rapport";
            case INTERNAL -> "Samlet rapport – intern udgave med sagsoversigt";
            case KOMMUNE -> "Resultater for kommunen";
        };
    }

    private static void front(ReportDocument doc, UnitView view) {
        String about = view.isTotal() ? UnitView.ALL + " (" + view.report().kommuner().size() + ")"
                : view.label() + " (kommunekode " + view.unit().kommune().kode() + ")";
        FrontPage.add(doc, view.report().info(), view.report().colophon(), kind(view), about);
    }

    /** Everything after the front page (package-private: a test lays it out alone to check the contents list). */
    static void body(ReportDocument doc, UnitView view) {
        BoardText text = view.report().text();
        ProseWriter prose = new ProseWriter(doc, new ExampleBox(doc.style, view));
        textChapter(doc, prose, "Til " + view.label() + " Kommune", view.kommuneNote());
        if (view.isTotal()) {
            textChapter(doc, prose, "Forord", text.foreword());
        }
        SummaryChapter.add(doc, view, prose);
        if (view.isTotal()) {
            textChapter(doc, prose, "Indledning", text.introduction());
            textChapter(doc, prose, "Regler og praksis", text.rules());
        }
        VerdictChapter.add(doc, view);
        ThemeChapter.add(doc, view, prose);
        textChapter(doc, prose, "Anbefalinger", text.recommendations());
        if (view.isTotal()) {
            KommuneChapter.add(doc, view);
        }
        if (view.edition().listsCases()) {
            CaseChapter.add(doc, view);
        }
        MethodChapter.add(doc, view);
        Chapter maaleskema = doc.chapter("Bilag 2: Måleskema");
        MaaleskemaChapter.fill(doc, maaleskema, view.report().checklist());
        doc.add(maaleskema);
    }
}
