package dk.praksis.report.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.report.KeyFigures;
import dk.praksis.stats.Share;
import dk.praksis.report.text.SummarySentences;
import java.util.List;

/** Sammenfatning: generated sentences and the key figures, the unit beside all kommuner. */
final class SummaryChapter {

    private SummaryChapter() {
    }

    /** The chapter's title when the board has written a resumé, which then opens it. */
    static final String WITH_TEXT = "Resumé og anbefalinger";

    static void add(ReportDocument doc, UnitView view, ProseWriter prose) {
        HouseStyle style = doc.style;
        var resume = view.report().text().summary();
        Chapter chapter = doc.chapter(resume == null ? "Sammenfatning" : WITH_TEXT);
        prose.add(chapter, resume);
        com.lowagie.text.Section figures = resume == null ? chapter : doc.section(chapter, "Nøgletal");
        for (String sentence : SummarySentences.of(view.report(), view.unit())) {
            figures.add(style.paragraph(Fmt.keep(sentence)));
        }
        KeyFigures unit = view.unit().figures();
        KeyFigures all = view.all().figures();
        PdfPTable table = unitTable(style, view, 3.2f, "Nøgletal", new float[] {1f, 1f, 1.6f}, "Antal",
                "Pct.", view.intervalLabel());
        countRow(style, table, view, "Sager i alt", unit.cases(), all.cases());
        countRow(style, table, view, "Realitetsbehandlede sager", unit.assessed(), all.assessed());
        shareRow(style, table, view, "I overensstemmelse med regler og praksis", unit.accordance(), all.accordance());
        if (unit.hasReversal()) {
            shareRow(style, table, view, "Omgørelsesprocent (ændret eller hjemvist)", unit.reversal(), all.reversal());
        }
        figures.add(table);
        SummarySentences.reversalBasis(unit).ifPresent(basis -> figures.add(style.note(basis)));
        figures.add(style.note("Andele er beregnet af de realitetsbehandlede sager. Intervallet angiver den "
                + "statistiske usikkerhed; se Bilag: Metode."));
        FollowUpSection.add(doc, chapter, view);
        doc.add(chapter);
    }

    private static void countRow(HouseStyle style, PdfPTable t, UnitView view, String label, int unit, int all) {
        t.addCell(style.text(label));
        t.addCell(style.number(String.valueOf(unit)));
        t.addCell(style.text(""));
        t.addCell(style.text(""));
        if (!view.isTotal()) {
            t.addCell(style.number(String.valueOf(all)));
            t.addCell(style.text(""));
            t.addCell(style.text(""));
        }
    }

    private static void shareRow(HouseStyle style, PdfPTable t, UnitView view, String label, Share unit, Share all) {
        t.addCell(style.text(label));
        style.shareCells(t, unit);
        if (!view.isTotal()) {
            style.shareCells(t, all);
        }
    }

    /** A table with the unit's columns and, in a kommune's report, the same columns for all kommuner. */
    static PdfPTable unitTable(HouseStyle style, UnitView view, float firstWidth, String first, float[] widths,
                               String... columns) {
        List<String> groups = view.isTotal() ? List.of(view.label()) : List.of(view.label(), UnitView.ALL);
        return style.groupedTable(new float[] {firstWidth}, new String[] {first}, groups, widths, columns);
    }
}
