package dk.praksis.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.compare.Change;
import dk.praksis.compare.ChangeFormat;
import dk.praksis.compare.ChangeSentences;
import dk.praksis.compare.MeasureSeries;
import dk.praksis.compare.UnitComparison;
import dk.praksis.compare.YearShare;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Udvikling siden 2009": in a follow-up audit, the key figures of each earlier year beside this one's, the change
 * with its Newcombe interval, and sentences that say what changed, all from the comparison {@code compare} makes.
 */
final class FollowUpSection {

    private FollowUpSection() {
    }

    static void add(ReportDocument doc, Section into, UnitView view) {
        if (view.report().followUp() == null) {
            return;
        }
        HouseStyle style = doc.style;
        List<String> years = view.report().followUp().yearLabels();
        Section s = doc.section(into, "Udvikling siden " + years.get(0));
        Optional<UnitComparison> unit = view.report().followUp(view.unit());
        if (unit.isEmpty()) {
            s.add(style.paragraph(view.label() + " var ikke med i " + (years.size() == 2 ? "undersøgelsen i "
                    : "undersøgelserne i ") + String.join(" og ", years.subList(0, years.size() - 1))
                    + ", så der er ingen udvikling at vise for kommunen."));
        } else {
            ChangeSentences.of(unit.get()).forEach(sentence -> s.add(style.paragraph(Fmt.keep(sentence))));
        }
        List<String> headers = new ArrayList<>();
        headers.add("Nøgletal");
        headers.addAll(years);
        headers.add("Ændring " + years.get(0) + "–" + years.get(years.size() - 1) + " i procentpoint ("
                + view.intervalLabel() + ")");
        float[] widths = new float[headers.size()];
        widths[0] = 3.4f;
        for (int i = 1; i < widths.length - 1; i++) {
            widths[i] = 1.2f;
        }
        widths[widths.length - 1] = 2.2f;
        PdfPTable table = style.table(widths, 1, headers.toArray(String[]::new));
        unit.ifPresent(u -> rows(style, table, years, u, view.isTotal() ? "" : " – " + view.label()));
        if (!view.isTotal()) {
            rows(style, table, years, view.report().followUp().total(), " – " + UnitView.ALL);
        }
        s.add(table);
        s.add(style.note("Procenterne er af de realitetsbehandlede sager hvert år (tallet efter »af«). Ændringen er "
                + "vist med Newcombes interval; indeholder det 0, kan ændringen skyldes tilfældigheder."));
    }

    private static void rows(HouseStyle style, PdfPTable table, List<String> years, UnitComparison u, String who) {
        for (MeasureSeries m : ChangeSentences.keyMeasures(u)) {
            table.addCell(style.text(label(m) + who));
            for (String year : years) {
                Optional<YearShare> s = m.shares().stream().filter(x -> x.year().equals(year)).findFirst();
                table.addCell(style.number(s.map(x -> Fmt.keep(ChangeFormat.percent(x.share())) + "\n" + x.count()
                        + " af " + x.total()).orElse(Fmt.DASH)));
            }
            Optional<Change> c = m.overallChange();
            table.addCell(style.cell(new Phrase(c.map(x -> ChangeFormat.points(x.estimate()) + "\n("
                    + ChangeFormat.points(x.lower()) + " til " + ChangeFormat.points(x.upper()) + ")").orElse(Fmt.DASH),
                    c.map(Change::clear).orElse(false) ? style.cellBold : style.cell), Element.ALIGN_RIGHT));
        }
    }

    private static String label(MeasureSeries m) {
        return m.key().equals(dk.praksis.checklist.Checklist.VERDICT_OK) ? "I overensstemmelse med regler og praksis"
                : "Omgørelsesprocent (ændret eller hjemvist)";
    }
}
