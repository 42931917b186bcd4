package dk.praksis.report.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.report.KeyFigures;
import dk.praksis.report.UnitReport;
import java.util.ArrayList;
import java.util.List;

/** Kommunefordelte resultater: one row per kommune, by name (no ranking), and a chart. */
final class KommuneChapter {

    private KommuneChapter() {
    }

    static void add(ReportDocument doc, UnitView view) {
        HouseStyle style = doc.style;
        Chapter chapter = doc.chapter("Kommunefordelte resultater");
        chapter.add(style.paragraph("Resultaterne for hver kommune, sorteret efter navn. Procenterne er af de "
                + "realitetsbehandlede sager, ikke af alle sager: »8 af 12« betyder 8 af kommunens 12 "
                + "realitetsbehandlede sager. Med få sager pr. kommune er intervallerne brede; se Bilag 1: Metode."));
        boolean reversal = view.all().figures().hasReversal();
        List<String> groups = reversal ? List.of("I overensstemmelse", "Ændret eller hjemvist")
                : List.of("I overensstemmelse");
        PdfPTable table = style.groupedTable(new float[] {2.4f, 0.9f}, new String[] {"Kommune", "Antal sager"},
                groups, new float[] {1.2f, 1f, 1.7f}, "Antal", "Pct.", view.intervalLabel());
        for (UnitReport k : view.report().kommuner()) {
            row(style, table, k.kommune().navn() + " (" + k.kommune().kode() + ")", k.figures());
        }
        row(style, table, UnitView.ALL, view.all().figures());
        chapter.add(table);
        List<BarChart.Bar> bars = new ArrayList<>();
        for (UnitReport k : view.report().kommuner()) {
            bars.add(bar(k.kommune().navn(), k.figures()));
        }
        bars.add(bar(UnitView.ALL, view.all().figures()));
        List<String> series = List.of("I overensstemmelse", "Omgørelsesprocent").subList(0, reversal ? 2 : 1);
        chapter.add(BarChart.image(doc, reversal ? "andel i overensstemmelse og omgørelsesprocent pr. kommune"
                : "andel i overensstemmelse pr. kommune", series, bars, doc.contentWidth(), "Andel af sagerne (%)"));
        doc.add(chapter);
    }

    private static BarChart.Bar bar(String label, KeyFigures f) {
        // No omgørelsesprocent series when the checklist has no reversing consequence; an undefined share
        // (no assessable case) is drawn as no bar by BarChart.
        return new BarChart.Bar(label, f.hasReversal() ? List.of(f.accordance(), f.reversal()) : List.of(f.accordance()));
    }

    private static void row(HouseStyle style, PdfPTable table, String name, KeyFigures f) {
        table.addCell(name.equals(UnitView.ALL) ? style.bold(name) : style.text(name));
        table.addCell(style.number(String.valueOf(f.cases())));
        style.shareCells(table, f.accordance());
        if (f.hasReversal()) {
            style.shareCells(table, f.reversal());
        }
    }
}
