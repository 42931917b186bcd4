package dk.praksis.report.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.report.ItemFigures;
import dk.praksis.report.ItemStats;
import dk.praksis.report.SectionFigures;
import dk.praksis.report.ValueCount;
import java.util.ArrayList;
import java.util.List;

/** Resultater pr. tema: one section per checklist section, its questions' counts and a bar chart. */
final class ThemeChapter {

    /** The label of a section's total row, which counts cases (see {@link SectionFigures}). */
    static final String THEME_ROW = "Hele temaet (sager)";

    private ThemeChapter() {
    }

    static void add(ReportDocument doc, UnitView view, ProseWriter prose) {
        HouseStyle style = doc.style;
        Chapter chapter = doc.chapter("Resultater pr. tema");
        chapter.add(style.paragraph("For hvert spørgsmål i måleskemaet: hvor mange sager der opfyldte det, ikke "
                + "opfyldte det, og hvor det ikke var relevant. Andel opfyldt er af de sager, hvor spørgsmålet var "
                + "relevant."));
        chapter.add(style.paragraph("Rækken »" + THEME_ROW + "« tæller også sager: en sag har opfyldt temaet, når "
                + "alle temaets spørgsmål, der var relevante i sagen, var opfyldt, og ikke opfyldt, når mindst ét af "
                + "dem ikke var. Se Bilag 1: Metode."));
        for (SectionFigures section : view.unit().sections()) {
            Section s = doc.section(chapter, section.title());
            prose.add(s, view.report().text().themes().get(section.id()));
            s.add(table(style, view, section));
            List<BarChart.Bar> bars = bars(view, section);
            if (!bars.isEmpty()) {
                s.add(BarChart.image(doc, "andel opfyldt pr. spørgsmål i temaet " + section.title(), series(view),
                        bars, doc.contentWidth(), "Andel opfyldt (%)"));
                s.add(style.note(key(view, section)));
            }
        }
        doc.add(chapter);
    }

    private static PdfPTable table(HouseStyle style, UnitView view, SectionFigures section) {
        String[] headers = view.isTotal()
                ? new String[] {"Nr.", "Spørgsmål", "Opfyldt", "Ikke opfyldt", "Ikke relevant", "Andel opfyldt",
                        view.intervalLabel()}
                : new String[] {"Nr.", "Spørgsmål", "Opfyldt", "Ikke opfyldt", "Ikke relevant", "Andel opfyldt",
                        view.intervalLabel(), "Andel opfyldt i alle kommuner"};
        float[] widths = view.isTotal() ? new float[] {0.8f, 5.2f, 1.35f, 1.35f, 1.35f, 1.35f, 1.9f}
                : new float[] {0.8f, 4f, 1.35f, 1.35f, 1.35f, 1.35f, 1.9f, 1.6f};
        PdfPTable table = style.table(widths, 2, headers);
        for (ItemFigures f : section.items()) {
            table.addCell(style.bold(f.item().id()));
            ItemStats u = f.unit();
            if (!u.distribution().isEmpty()) {
                Phrase text = new Phrase(f.item().text(), style.cell);
                text.add(new Phrase("\n" + distribution(u), style.smallItalic));
                var cell = style.cell(text, Element.ALIGN_LEFT);
                cell.setColspan(widths.length - 1);
                table.addCell(cell);
                continue;
            }
            table.addCell(style.text(f.item().text()));
            statCells(style, table, u);
            if (!view.isTotal()) {
                table.addCell(style.number(Fmt.percent(f.all().shareMet())));
            }
        }
        if (section.unitCases().relevant() + section.unitCases().notRelevant() == 0) {
            return table; // only counted questions: there is no total to show
        }
        table.addCell(style.bold(""));
        table.addCell(style.bold(THEME_ROW));
        statCells(style, table, section.unitCases());
        if (!view.isTotal()) {
            table.addCell(style.number(Fmt.percent(section.allCases().shareMet())));
        }
        return table;
    }

    private static void statCells(HouseStyle style, PdfPTable table, ItemStats s) {
        table.addCell(style.number(String.valueOf(s.met())));
        table.addCell(style.number(String.valueOf(s.notMet())));
        table.addCell(style.number(String.valueOf(s.notRelevant())));
        table.addCell(style.number(Fmt.percent(s.shareMet())));
        table.addCell(style.number(Fmt.interval(s.shareMet())));
    }

    private static String distribution(ItemStats s) {
        List<String> parts = new ArrayList<>();
        for (ValueCount v : s.distribution()) {
            parts.add(v.value() + ": " + v.share().count() + " (" + Fmt.percent(v.share()) + ")");
        }
        return "Svarfordeling: " + String.join("; ", parts);
    }

    private static List<BarChart.Bar> bars(UnitView view, SectionFigures section) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (ItemFigures f : section.items()) {
            if (!f.unit().distribution().isEmpty() || !f.all().shareMet().defined()) {
                continue; // counted scales have no share met; items never relevant have nothing to draw
            }
            List<dk.praksis.stats.Share> shares = new ArrayList<>();
            shares.add(f.unit().shareMet());
            if (!view.isTotal()) {
                shares.add(f.all().shareMet());
            }
            bars.add(new BarChart.Bar(f.item().id(), shares));
        }
        return bars;
    }

    static List<String> series(UnitView view) {
        return view.isTotal() ? List.of(UnitView.ALL) : List.of(view.label(), UnitView.ALL);
    }

    /** The chart labels its bars with the question numbers; the key under it gives the questions in full. */
    private static String key(UnitView view, SectionFigures section) {
        List<String> entries = new ArrayList<>();
        for (ItemFigures f : section.items()) {
            if (f.unit().distribution().isEmpty() && f.all().shareMet().defined()) {
                entries.add(f.item().id() + ": " + f.item().text());
            }
        }
        return "Søjlerne viser andel opfyldt, stregerne " + view.intervalLabel() + "let. "
                + String.join(" ", entries.stream().map(e -> e.endsWith("?") || e.endsWith(".") ? e : e + ".").toList());
    }
}
