package dk.praksis.report.pdf;

import com.lowagie.text.Chapter;
import dk.praksis.report.AuditReport;
import dk.praksis.report.UnitReport;

/** The full report for one kommune (the attachment it receives) or for the audit as a whole (samlet). */
final class UnitPdf {

    private UnitPdf() {
    }

    static byte[] bytes(AuditReport report, UnitReport unit) {
        UnitView view = new UnitView(report, unit);
        return PdfOutput.bytesWithContents(info(view), footer(view), doc -> content(doc, view));
    }

    static DocumentInfo info(UnitView view) {
        var info = view.report().info();
        String title = view.isTotal() ? info.title() : info.title() + " – " + view.label();
        String subject = view.isTotal() ? "Samlet rapport for " + view.report().kommuner().size() + " kommuner"
                : "Resultater for " + view.label() + " (kommunekode " + view.unit().kommune().kode() + ")";
        return new DocumentInfo(title, info.sender(), subject, "praksisundersøgelse, " + view.report().checklist().id(),
                info.asOf());
    }

    private static String footer(UnitView view) {
        var info = view.report().info();
        return view.isTotal() ? info.title() : info.title() + " – " + view.label();
    }

    private static void content(ReportDocument doc, UnitView view) {
        String kind = view.isTotal() ? "Samlet rapport" : "Resultater for kommunen";
        String about = view.isTotal() ? UnitView.ALL + " (" + view.report().kommuner().size() + ")"
                : view.label() + " (kommunekode " + view.unit().kommune().kode() + ")";
        FrontPage.add(doc, view.report().info(), kind, about);
        SummaryChapter.add(doc, view);
        VerdictChapter.add(doc, view);
        ThemeChapter.add(doc, view);
        if (view.isTotal()) {
            KommuneChapter.add(doc, view);
        }
        CaseChapter.add(doc, view);
        MethodChapter.add(doc, view);
        Chapter maaleskema = doc.chapter("Bilag 2: Måleskema");
        MaaleskemaChapter.fill(doc, maaleskema, view.report().checklist());
        doc.add(maaleskema);
    }
}
