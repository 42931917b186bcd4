package dk.praksis.report.pdf;

import dk.praksis.report.Colophon;
import dk.praksis.results.AuditInfo;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

/** The first page: what the report is, about whom, from whom, and when. */
final class FrontPage {

    private FrontPage() {
    }

    static void add(ReportDocument doc, AuditInfo info, Colophon colophon, String kind, String about) {
        HouseStyle style = doc.style;
        Paragraph top = new Paragraph(kind, style.subtitle);
        // room for the facts and the contents on this one page (see PdfOutput.bytesWithContents)
        top.setSpacingBefore(colophon.equals(Colophon.NONE) ? 150 : 90);
        top.setSpacingAfter(12);
        doc.add(top);
        Paragraph title = new Heading(info.title(), style.title, 1);
        title.setLeading(30);
        title.setSpacingAfter(24);
        doc.add(title);
        if (about != null) {
            Paragraph unit = new Paragraph(about, style.h1);
            unit.setSpacingAfter(36);
            doc.add(unit);
        }
        PdfPTable facts = new PdfPTable(new float[] {1.3f, 3f});
        facts.setWidthPercentage(75);
        facts.setHorizontalAlignment(Element.ALIGN_LEFT);
        if (info.sender() != null) {
            row(style, facts, "Afsender", info.sender());
        }
        if (info.year() != null) {
            row(style, facts, "Undersøgelsesår", String.valueOf(info.year()));
        }
        if (info.period() != null && !info.period().isBlank()) {
            row(style, facts, "Periode", info.period());
        }
        row(style, facts, "Opgørelsesdato", Fmt.date(info.asOf()));
        if (colophon.published() != null) {
            row(style, facts, "Udgivet", Fmt.date(colophon.published()));
        }
        if (colophon.contact() != null) {
            row(style, facts, "Kontakt", colophon.contact());
        }
        if (colophon.journalNumber() != null) {
            row(style, facts, "J.nr.", colophon.journalNumber());
        }
        if (colophon.isbn() != null) {
            row(style, facts, "ISBN", colophon.isbn());
        }
        doc.add(facts);
        if (info.isDraft()) {
            Paragraph draft = new Paragraph(AuditInfo.DRAFT_LABEL + ". Kommunerne kan komme med bemærkninger til "
                    + "udkastet; tallene kan blive rettet, før den endelige rapport udgives.", style.bodyBold);
            draft.setSpacingBefore(12);
            doc.add(draft);
        }
        contents(doc);
        doc.newPage();
    }

    /** Indhold: every chapter with its first page (known, as the front page is written after the chapters). */
    private static void contents(ReportDocument doc) {
        if (doc.chapterPages().isEmpty()) {
            return;
        }
        HouseStyle style = doc.style;
        Paragraph heading = new Heading("Indhold", style.h2, 2);
        heading.setSpacingBefore(40);
        heading.setSpacingAfter(6);
        doc.add(heading);
        PdfPTable toc = new PdfPTable(new float[] {5f, 1f});
        toc.setWidthPercentage(75);
        toc.setHorizontalAlignment(Element.ALIGN_LEFT);
        java.util.List<TableTags.Target> targets = new java.util.ArrayList<>();
        doc.chapterPages().forEach((title, page) -> {
            targets.add(new TableTags.Target(title, page));
            var t = style.cell(new com.lowagie.text.Phrase(title, style.body), Element.ALIGN_LEFT);
            var p = style.cell(new com.lowagie.text.Phrase(String.valueOf(page), style.body), Element.ALIGN_RIGHT);
            t.setBorder(com.lowagie.text.Rectangle.BOTTOM);
            p.setBorder(com.lowagie.text.Rectangle.BOTTOM);
            toc.addCell(t);
            toc.addCell(p);
        });
        doc.addContents(toc, targets);
    }

    private static void row(HouseStyle style, PdfPTable table, String label, String value) {
        var l = style.cell(new com.lowagie.text.Phrase(label, style.bodyBold), Element.ALIGN_LEFT);
        var v = style.cell(new com.lowagie.text.Phrase(value, style.body), Element.ALIGN_LEFT);
        l.setBorder(com.lowagie.text.Rectangle.BOTTOM);
        v.setBorder(com.lowagie.text.Rectangle.BOTTOM);
        table.addCell(l);
        table.addCell(v);
    }
}
