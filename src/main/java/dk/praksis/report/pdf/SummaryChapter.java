package dk.praksis.report.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.report.KeyFigures;
import dk.praksis.report.Share;
import dk.praksis.report.VerdictCount;
import dk.praksis.report.text.SummarySentences;
import java.util.List;

/** Sammenfatning (key figures and sentences) and Samlet vurdering (verdict table), unit beside all kommuner. */
final class SummaryChapter {

    private SummaryChapter() {
    }

    static void addSummary(ReportDocument doc, UnitView view) {
        HouseStyle style = doc.style;
        Chapter chapter = doc.chapter("Sammenfatning");
        for (String sentence : SummarySentences.of(view.report(), view.unit())) {
            chapter.add(style.paragraph(Fmt.keep(sentence)));
        }
        KeyFigures unit = view.unit().figures();
        KeyFigures all = view.all().figures();
        PdfPTable table = unitTable(style, view, 3.2f, "Nøgletal", new float[] {1f, 1f, 1.6f}, "Antal",
                "Pct.", view.intervalLabel());
        countRow(style, table, view, "Sager i alt", unit.cases(), all.cases());
        countRow(style, table, view, "Realitetsbehandlede sager", unit.assessed(), all.assessed());
        shareRow(style, table, view, "I overensstemmelse med regler og praksis", unit.accordance(), all.accordance());
        shareRow(style, table, view, "Omgørelsesprocent (ændret eller hjemvist)", unit.reversal(), all.reversal());
        chapter.add(table);
        chapter.add(style.note(unit.reversalBasis()));
        chapter.add(style.note("Andele er beregnet af de realitetsbehandlede sager. Intervallet angiver den "
                + "statistiske usikkerhed; se Bilag: Metode."));
        doc.add(chapter);
    }

    static void addVerdicts(ReportDocument doc, UnitView view) {
        HouseStyle style = doc.style;
        Chapter chapter = doc.chapter("Samlet vurdering");
        chapter.add(style.paragraph("Sagerne fordelt på den samlede vurdering. Procenterne er af alle sager, også "
                + "dem, der ikke kunne vurderes."));
        PdfPTable table = unitTable(style, view, 4.2f, "Vurdering", new float[] {1f, 1f}, "Antal", "Pct.");
        List<VerdictCount> all = view.all().figures().verdicts();
        for (VerdictCount v : view.unit().figures().verdicts()) {
            table.addCell(style.text(v.label()));
            table.addCell(style.number(String.valueOf(v.share().count())));
            table.addCell(style.number(Fmt.percent(v.share())));
            if (!view.isTotal()) {
                Share a = all.stream().filter(x -> x.verdict().equals(v.verdict())).map(VerdictCount::share)
                        .findFirst().orElse(null);
                table.addCell(style.number(a == null ? Fmt.DASH : String.valueOf(a.count())));
                table.addCell(style.number(a == null ? Fmt.DASH : Fmt.percent(a)));
            }
        }
        table.addCell(style.bold("I alt"));
        table.addCell(style.number(String.valueOf(view.unit().figures().cases())));
        table.addCell(style.text(""));
        if (!view.isTotal()) {
            table.addCell(style.number(String.valueOf(view.all().figures().cases())));
            table.addCell(style.text(""));
        }
        chapter.add(table);
        if (view.unit().figures().disagreements() > 0) {
            chapter.add(style.note("I " + Fmt.cases(view.unit().figures().disagreements()) + " var bedømmerens samlede "
                    + "vurdering en anden end den, der følger af svarene på spørgsmålene. Tabellen tæller bedømmerens "
                    + "vurdering."));
        }
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
        shareCells(style, t, unit);
        if (!view.isTotal()) {
            shareCells(style, t, all);
        }
    }

    private static void shareCells(HouseStyle style, PdfPTable t, Share share) {
        t.addCell(style.number(Fmt.ofTotal(share)));
        t.addCell(style.number(Fmt.percent(share)));
        t.addCell(style.number(Fmt.interval(share)));
    }

    /** A table with the unit's columns and, in a kommune's report, the same columns for all kommuner. */
    static PdfPTable unitTable(HouseStyle style, UnitView view, float firstWidth, String first, float[] widths,
                               String... columns) {
        List<String> groups = view.isTotal() ? List.of(view.label()) : List.of(view.label(), UnitView.ALL);
        return style.groupedTable(new float[] {firstWidth}, new String[] {first}, groups, widths, columns);
    }
}
