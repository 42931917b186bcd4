package dk.praksis.report.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.stats.Share;
import dk.praksis.report.VerdictCount;
import java.util.List;

/** Samlet vurdering: the cases by verdict, the unit beside all kommuner. */
final class VerdictChapter {

    private VerdictChapter() {
    }

    static void add(ReportDocument doc, UnitView view) {
        HouseStyle style = doc.style;
        Chapter chapter = doc.chapter("Samlet vurdering");
        chapter.add(style.paragraph("Sagerne fordelt på den samlede vurdering. Procenterne er af de "
                + "realitetsbehandlede sager; kun »Kan ikke vurderes« er af alle sager. "
                + "Antallene summerer til alle sager."));
        PdfPTable table = SummaryChapter.unitTable(style, view, 4.2f, "Vurdering", new float[] {1f, 1f}, "Antal", "Pct.");
        List<VerdictCount> unit = view.unit().figures().verdicts();
        List<VerdictCount> all = view.all().figures().verdicts();
        for (int i = 0; i < unit.size(); i++) {
            table.addCell(style.text(unit.get(i).label()));
            countCells(style, table, unit.get(i).share());
            if (!view.isTotal()) {
                // every unit lists the same verdicts in the same order (KeyFigures.verdicts)
                countCells(style, table, all.get(i).share());
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

    private static void countCells(HouseStyle style, PdfPTable table, Share share) {
        table.addCell(style.number(String.valueOf(share.count())));
        table.addCell(style.number(Fmt.percent(share)));
    }
}
