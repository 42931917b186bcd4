package dk.praksis.report.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.report.Edition;
import dk.praksis.report.KeyFigures;
import dk.praksis.stats.Share;
import dk.praksis.report.SmallCells;
import dk.praksis.report.UnitReport;
import java.util.ArrayList;
import java.util.Arrays;
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
        boolean hideSmall = view.edition() == Edition.PUBLIC;
        for (UnitReport k : view.report().kommuner()) {
            row(style, table, k.kommune().navn() + " (" + k.kommune().kode() + ")", k.figures(), hideSmall);
        }
        row(style, table, UnitView.ALL, view.all().figures(), false);
        chapter.add(table);
        if (hideSmall) {
            chapter.add(style.note("»under " + SmallCells.MIN_SHOWN + "«: 1 eller 2 sager. Så små tal for en kommune "
                    + "vises ikke i den offentlige rapport, heller ikke som procent eller i diagrammet; se Bilag 1: Metode."));
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        for (UnitReport k : view.report().kommuner()) {
            bars.add(bar(k.kommune().navn(), k.figures(), hideSmall));
        }
        bars.add(bar(UnitView.ALL, view.all().figures(), false));
        List<String> series = List.of("I overensstemmelse", "Omgørelsesprocent").subList(0, reversal ? 2 : 1);
        chapter.add(verdictCounts(style, view, hideSmall));
        chapter.add(BarChart.image(doc, reversal ? "andel i overensstemmelse og omgørelsesprocent pr. kommune"
                : "andel i overensstemmelse pr. kommune", series, bars, doc.contentWidth(), "Andel af sagerne (%)"));
        doc.add(chapter);
    }

    /**
     * Every verdict per kommune, counts only, summing to the kommune's cases: no case is left out of the
     * picture (a kommune with formelle mangler or unassessable cases shows them here).
     */
    private static PdfPTable verdictCounts(HouseStyle style, UnitView view, boolean hideSmall) {
        List<dk.praksis.report.VerdictCount> order = view.all().figures().verdicts();
        List<String> headers = new ArrayList<>(List.of("Kommune"));
        order.forEach(v -> headers.add(v.label()));
        headers.add("Sager i alt");
        // A column is as wide as its header's longest word needs: "overensstemmelse" was broken mid-word.
        float[] widths = new float[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            int longest = Arrays.stream(headers.get(i).split("\\s+")).mapToInt(String::length).max().orElse(0);
            widths[i] = Math.max(1f, longest / 9f);
        }
        widths[0] = 1.6f;
        PdfPTable table = style.table(widths, 1, headers.toArray(String[]::new));
        List<UnitReport> units = new ArrayList<>(view.report().kommuner());
        units.add(view.all());
        for (UnitReport u : units) {
            table.addCell(u.isTotal() ? style.bold(UnitView.ALL) : style.text(u.kommune().navn()));
            boolean hide = hideSmall && !u.isTotal();
            u.figures().verdicts().forEach(v -> table.addCell(style.number(count(v.share().count(), hide))));
            table.addCell(style.number(String.valueOf(u.figures().cases())));
        }
        return table;
    }

    /** A kommune's count, or »under 3« where the public report hides a count of 1 or 2. */
    private static String count(int count, boolean hide) {
        return hide && SmallCells.hides(count) ? "under " + SmallCells.MIN_SHOWN : String.valueOf(count);
    }

    private static BarChart.Bar bar(String label, KeyFigures f, boolean hideSmall) {
        // No omgørelsesprocent series when the checklist has no reversing consequence; an undefined share
        // (no assessable case) is drawn as no bar by BarChart, a hidden one (null) too.
        return new BarChart.Bar(label, f.hasReversal()
                ? Arrays.asList(value(f.accordance(), hideSmall), value(f.reversal(), hideSmall))
                : Arrays.asList(value(f.accordance(), hideSmall)));
    }

    /** The share, or null (not shown) when the public report hides its small count. */
    private static Share value(Share share, boolean hideSmall) {
        return hideSmall && SmallCells.hides(share) ? null : share;
    }

    private static void row(HouseStyle style, PdfPTable table, String name, KeyFigures f, boolean hideSmall) {
        table.addCell(name.equals(UnitView.ALL) ? style.bold(name) : style.text(name));
        table.addCell(style.number(String.valueOf(f.cases())));
        shareCells(style, table, f.accordance(), hideSmall);
        if (f.hasReversal()) {
            shareCells(style, table, f.reversal(), hideSmall);
        }
    }

    private static void shareCells(HouseStyle style, PdfPTable table, Share share, boolean hideSmall) {
        if (hideSmall && SmallCells.hides(share)) {
            table.addCell(style.number("under " + SmallCells.MIN_SHOWN));
            table.addCell(style.number(Fmt.DASH));
            table.addCell(style.number(Fmt.DASH));
        } else {
            style.shareCells(table, share);
        }
    }
}
