package dk.praksis.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.report.AuditInfo;

/** The first page: what the report is, about whom, from whom, and when. */
final class FrontPage {

    private FrontPage() {
    }

    static void add(ReportDocument doc, AuditInfo info, String kind, String about) {
        HouseStyle style = doc.style;
        Paragraph top = new Paragraph(kind, style.subtitle);
        top.setSpacingBefore(150);
        top.setSpacingAfter(12);
        doc.add(top);
        Paragraph title = new Paragraph(info.title(), style.title);
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
        row(style, facts, "Afsender", info.sender());
        row(style, facts, "Undersøgelsesår", String.valueOf(info.year()));
        if (info.period() != null && !info.period().isBlank()) {
            row(style, facts, "Periode", info.period());
        }
        row(style, facts, "Opgørelsesdato", Fmt.date(info.asOf()));
        doc.add(facts);
        doc.newPage();
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
