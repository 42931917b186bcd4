package dk.praksis.report.pdf;

import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.calibration.Calibration;
import dk.praksis.report.Edition;
import dk.praksis.report.SmallCells;
import dk.praksis.text.DanishFormat;
import dk.praksis.stats.Agreement;
import dk.praksis.stats.IntervalMethod;
import java.util.List;

/**
 * Metode, in the reports on the audit as a whole: how far two reviewers who scored the same cases independently
 * agree (double review), for the verdict (with the raw agreement table) and per reviewer question. The public
 * edition names no reviewers and leaves out the raw table, whose cells may be 1 or 2 cases (the small-cell rule).
 */
final class CalibrationSection {

    private CalibrationSection() {
    }

    static void add(ReportDocument doc, Section chapter, UnitView view) {
        Calibration cal = view.report().method().calibration();
        if (!view.isTotal() || !cal.any()) {
            return;
        }
        HouseStyle style = doc.style;
        boolean publicEdition = view.edition() == Edition.PUBLIC;
        Section section = doc.section(chapter, "Kalibrering: to bedømmere om samme sag");
        section.add(style.paragraph(Fmt.cases(cal.cases()) + " af " + Fmt.cases(view.all().figures().cases())
                + " blev bedømt af to bedømmere hver for sig (dobbeltbedømmelse)"
                + (publicEdition ? "" : "; bedømmerpar (første/anden): " + dk.praksis.text.DanishList.and(cal.reviewers()))
                + ". Kun den "
                + "første bedømmers svar og vurdering tæller i rapportens resultater; den anden bedømmelse bruges "
                + "alene til at måle, hvor ens bedømmerne vurderer. Enigheden er opgjort som andelen af sager med samme"
                + " svar, Cohens kappa og Gwets AC1, hver med " + view.intervalLabel() + ". Kappa og AC1 vises ved "
                + "mindst " + Calibration.MIN_PAIRS + " sager med begge svar."));
        Calibration.Measure verdict = cal.verdict();
        if (verdict.agreement() != null && !publicEdition) {
            section.add(style.paragraph("Samlet vurdering, første bedømmer (rækker) mod anden bedømmer (kolonner):"));
            section.add(crossTable(style, verdict.agreement(), view.report().checklist()::verdictLabel));
        }
        PdfPTable table = style.table(new float[] {3.0f, 0.8f, 1.0f, 1.9f, 1.9f, 1.9f}, 1, "Måling", "Sager",
                "Enige", "Cohens kappa", "Vægtet kappa", "Gwets AC1");
        row(style, table, verdict);
        cal.items().forEach(m -> row(style, table, m));
        section.add(table);
        section.add(style.note("Kappa og AC1: 1 er fuld enighed, 0 ikke bedre end tilfældig enighed. Vægtet kappa"
                + " (lineære vægte) vises for ordnede skalaer, hvor svar ét trin fra hinanden tæller som delvis enige."
                + " Kappa kan være lav trods høj enighed, når næsten alle sager får samme svar; AC1 er stabil dér."
                + " – betyder, at målet ikke kan beregnes (fx har begge bedømmere brugt samme svar i alle sager) eller "
                + "bygger på for få sager. Et tal uden interval har standardfejlen 0 (fuld enighed, eller én bedømmer "
                + "har brugt samme svar i alle sager); dér giver metoden intet brugbart interval."
                + (publicEdition ? " Krydstabellerne over de to bedømmeres svar vises ikke i den offentlige rapport,"
                + " da enkelte felter kan være 1 eller 2 sager (under " + SmallCells.MIN_SHOWN + "); de står i den"
                + " interne udgave og i regnearket." : "")));
        section.add(style.paragraph(IntervalMethod.KAPPA.label() + ": " + IntervalMethod.KAPPA.description()));
        section.add(style.paragraph(IntervalMethod.AC1.label() + ": " + IntervalMethod.AC1.description()));
    }

    /** The raw agreement table, categories that neither reviewer used left out. */
    private static PdfPTable crossTable(HouseStyle style, Agreement a, java.util.function.Function<String, String> label) {
        List<String> cats = a.categories();
        List<Integer> used = java.util.stream.IntStream.range(0, cats.size()).filter(i -> rowSum(a, i) + colSum(a, i) > 0)
                .boxed().toList();
        float[] widths = new float[used.size() + 2];
        widths[0] = 2.2f;
        java.util.Arrays.fill(widths, 1, widths.length - 1, 1.6f);
        widths[widths.length - 1] = 0.8f;
        String[] headers = new String[used.size() + 2];
        headers[0] = "Første \\ anden";
        for (int k = 0; k < used.size(); k++) {
            headers[k + 1] = label.apply(cats.get(used.get(k)));
        }
        headers[headers.length - 1] = "I alt";
        PdfPTable t = style.table(widths, 1, headers);
        for (int i : used) {
            t.addCell(style.text(label.apply(cats.get(i))));
            for (int j : used) {
                t.addCell(style.number(String.valueOf(a.count(i, j))));
            }
            t.addCell(style.number(String.valueOf(rowSum(a, i))));
        }
        t.addCell(style.bold("I alt"));
        for (int j : used) {
            t.addCell(style.number(String.valueOf(colSum(a, j))));
        }
        t.addCell(style.number(String.valueOf(a.pairs())));
        return t;
    }

    private static int rowSum(Agreement a, int i) {
        int s = 0;
        for (int j = 0; j < a.categories().size(); j++) {
            s += a.count(i, j);
        }
        return s;
    }

    private static int colSum(Agreement a, int j) {
        int s = 0;
        for (int i = 0; i < a.categories().size(); i++) {
            s += a.count(i, j);
        }
        return s;
    }

    private static void row(HouseStyle style, PdfPTable table, Calibration.Measure m) {
        table.addCell(style.text(m.id() == null ? m.text() : m.id() + " " + m.text()));
        Agreement a = m.agreement();
        table.addCell(style.number(a == null ? "0" : String.valueOf(a.pairs())));
        table.addCell(style.number(a == null ? DanishFormat.NONE : DanishFormat.percent(a.observed())));
        boolean shown = m.coefficientsShown();
        table.addCell(style.number(shown ? estimate(a.kappa()) : DanishFormat.NONE));
        table.addCell(style.number(shown ? estimate(a.weightedKappa()) : DanishFormat.NONE));
        table.addCell(style.number(shown ? estimate(a.ac1()) : DanishFormat.NONE));
    }

    /** "0,64 (0,41–0,87)" */
    static String estimate(Agreement.Estimate e) {
        if (e == null) {
            return DanishFormat.NONE;
        }
        String value = DanishFormat.twoDecimals(e.value());
        return e.interval() == null ? value : value + " (" + DanishFormat.twoDecimals(e.interval().lower()) + "–"
                + DanishFormat.twoDecimals(e.interval().upper()) + ")";
    }
}
