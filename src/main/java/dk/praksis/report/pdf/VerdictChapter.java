package dk.praksis.report.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.report.Share;
import dk.praksis.report.VerdictCount;
import java.util.List;

/** Samlet vurdering: the cases by verdict, the unit beside all kommuner. */
final class VerdictChapter {

    private VerdictChapter() {
    }

    static void add(ReportDocument doc, UnitView view) {
        HouseStyle style = doc.style;
        Chapter chapter = doc.chapter("Samlet vurdering");
        chapter.add(style.paragraph("Sagerne fordelt på den samlede vurdering. Procenterne er af alle sager, også "
                + "dem, der ikke kunne vurderes."));
        PdfPTable table = SummaryChapter.unitTable(style, view, 4.2f, "Vurdering", new float[] {1f, 1f}, "Antal", "Pct.");
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

}
