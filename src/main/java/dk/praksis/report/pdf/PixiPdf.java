package dk.praksis.report.pdf;

import dk.praksis.results.AuditInfo;
import com.lowagie.text.Chapter;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.report.AuditReport;
import dk.praksis.report.ItemFigures;
import dk.praksis.report.KeyFigures;
import dk.praksis.report.SectionFigures;
import dk.praksis.stats.Share;
import dk.praksis.report.text.SummarySentences;

/** The pixi (short) version: key figures, the most often failed questions, one line per theme. */
final class PixiPdf {

    private PixiPdf() {
    }

    static byte[] bytes(AuditReport report) {
        return bytes(new FontPool(), report);
    }

    static byte[] bytes(FontPool fonts, AuditReport report) {
        UnitView view = new UnitView(report, report.total());
        var info = report.info();
        String title = "Kort fortalt: " + info.title();
        DocumentInfo meta = new DocumentInfo(info.isDraft() ? AuditInfo.DRAFT_LABEL + ": " + title : title,
                info.sender(), "Pixi-udgave af praksisundersøgelsen", "praksisundersøgelse, pixi", report.date(),
                info.isDraft());
        // the footer shares its line with the page number: a draft says so in one short word there
        return PdfOutput.bytes(fonts, meta, info.isDraft() ? "Udkast: " + title : title, doc -> content(doc, view));
    }

    private static void content(ReportDocument doc, UnitView view) {
        HouseStyle style = doc.style;
        var info = view.report().info();
        Paragraph kicker = new Paragraph(info.isDraft() ? "Kort fortalt · " + AuditInfo.DRAFT_LABEL : "Kort fortalt",
                style.subtitle);
        doc.add(kicker);
        Paragraph title = new Heading(info.title(), style.title, 1);
        title.setLeading(30);
        title.setSpacingAfter(6);
        doc.add(title);
        String when = info.period() != null && !info.period().isBlank() ? info.period()
                : info.year() != null ? String.valueOf(info.year()) : null;
        doc.add(style.note(java.util.stream.Stream.of(info.sender(), when, "opgjort " + Fmt.date(info.asOf()))
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(" · "))));

        Chapter key = doc.chapter("Nøgletal", false);
        KeyFigures f = view.unit().figures();
        PdfPTable table = style.table(new float[] {4f, 1.3f, 1.2f, 1.9f}, 1, "", "Antal", "Pct.", view.intervalLabel());
        table.addCell(style.text("Sager i alt, fra " + view.report().kommuner().size() + " kommuner"));
        table.addCell(style.number(String.valueOf(f.cases())));
        table.addCell(style.number(""));
        table.addCell(style.number(""));
        table.addCell(style.text("I overensstemmelse med regler og praksis"));
        style.shareCells(table, f.accordance());
        if (f.hasReversal()) {
            table.addCell(style.text("Omgørelsesprocent (ændret eller hjemvist)"));
            style.shareCells(table, f.reversal());
        }
        key.add(table);
        SummarySentences.reversalBasis(f).ifPresent(basis -> key.add(style.note(basis)));
        doc.add(key);

        Chapter failed = doc.chapter("Det går oftest galt her", false);
        if (view.unit().mostFailed().isEmpty()) {
            failed.add(style.paragraph("Alle relevante spørgsmål var opfyldt i alle sager."));
        }
        int n = 1;
        for (ItemFigures item : view.unit().mostFailed()) {
            Paragraph p = new Paragraph("", style.body); // a font, so no unembedded default enters
            p.add(new com.lowagie.text.Chunk(n++ + ". " + item.item().id() + " " + item.item().text(), style.bodyBold));
            p.add(new com.lowagie.text.Chunk("\nIkke opfyldt i " + item.unit().notMet() + " af "
                    + item.unit().relevant() + " sager, hvor spørgsmålet var relevant."
                    + (item.item().rule() == null ? "" : " Regel: " + item.item().rule() + "."), style.body));
            p.setLeading(14);
            p.setSpacingAfter(6);
            failed.add(p);
        }
        doc.add(failed);

        Chapter themes = doc.chapter("Temaerne", false);
        PdfPTable t = style.table(new float[] {4f, 1.6f, 1.3f, 1.9f}, 1, "Tema", "Sager med temaet opfyldt",
                "Pct.", view.intervalLabel());
        for (SectionFigures s : view.unit().sections()) {
            Share cases = s.unitCases().shareMet();
            if (!cases.defined()) {
                continue; // a theme with only counted (e.g. Likert) questions has no share to report
            }
            t.addCell(style.text(s.title()));
            style.shareCells(t, cases);
        }
        themes.add(t);
        themes.add(style.note("En sag har opfyldt temaet, når alle temaets spørgsmål, der var relevante i sagen, var "
                + "opfyldt. Der tælles af de sager, hvor mindst ét af temaets spørgsmål var relevant. Den fulde rapport "
                + "(samlet-offentlig.pdf) har tallene pr. spørgsmål og pr. kommune."));
        doc.add(themes);
    }
}
