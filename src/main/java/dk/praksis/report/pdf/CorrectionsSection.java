package dk.praksis.report.pdf;

import com.lowagie.text.Section;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.corrections.AppliedCorrection;
import dk.praksis.corrections.Correction;
import dk.praksis.report.CorrectionCounts;
import dk.praksis.report.Edition;
import java.util.List;

/**
 * Metode: the corrections made after høring, counted per kommune, and (in the editions that list cases) each one
 * with the answer before and after, the reason, the date and who asked.
 */
final class CorrectionsSection {

    private CorrectionsSection() {
    }

    static void add(ReportDocument doc, Section chapter, UnitView view) {
        List<AppliedCorrection> corrections = view.report().corrections(view.unit());
        if (corrections.isEmpty()) {
            return;
        }
        HouseStyle style = doc.style;
        Section section = doc.section(chapter, "Rettelser efter høring");
        CorrectionCounts all = CorrectionCounts.total(corrections);
        section.add(style.paragraph("Et udkast til rapporten har været i høring hos kommunerne. Efter høringen er "
                + "der foretaget " + count(all.corrections(), "rettelse", "rettelser") + " i " + Fmt.cases(all.cases())
                + (view.isTotal() ? "" : " fra " + view.label()) + ": " + count(all.answers(), "svar på et"
                + " spørgsmål", "svar på spørgsmål") + " og " + count(all.verdicts(), "samlet vurdering",
                "samlede vurderinger") + ". Tallene i rapporten bygger på de rettede svar; resultatfilen har både"
                + " det oprindelige og det rettede svar."));
        PdfPTable counts = style.table(new float[] {2.2f, 1f, 1f, 1.3f, 1.3f}, 1, "Kommune", "Rettelser", "Sager",
                "Svar på spørgsmål", "Samlet vurdering");
        List<CorrectionCounts> rows = CorrectionCounts.perKommune(corrections);
        rows.forEach(r -> countRow(style, counts, r.kommune().navn(), r));
        if (rows.size() > 1) {
            countRow(style, counts, UnitView.ALL, all);
        }
        section.add(counts);
        if (view.edition() == Edition.PUBLIC) {
            return; // no case ids in the public edition
        }
        PdfPTable list = style.table(new float[] {1.6f, 1.45f, 3.1f, 3.3f, 1.5f, 1.6f}, 6, "Sag", "Spørgsmål",
                "Svar før → efter", "Begrundelse", "Dato", "Anmodet af");
        for (AppliedCorrection a : corrections) {
            Correction c = a.correction();
            list.addCell(style.text(c.caseId()));
            list.addCell(style.text(c.target()));
            list.addCell(style.text(label(view, c, a.before()) + " → " + label(view, c, c.answer())));
            list.addCell(style.text(c.reason()));
            list.addCell(style.text(dk.praksis.text.DanishDate.numeric(c.date())));
            list.addCell(style.text(c.requestedBy()));
        }
        section.add(list);
    }

    private static String label(UnitView view, Correction c, String value) {
        if (value == null) {
            return "(intet svar)";
        }
        return c.isVerdict() ? view.report().checklist().verdictLabel(value) : value;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static void countRow(HouseStyle style, PdfPTable table, String name, CorrectionCounts r) {
        table.addCell(style.text(name));
        for (int n : new int[] {r.corrections(), r.cases(), r.answers(), r.verdicts()}) {
            table.addCell(style.number(String.valueOf(n)));
        }
    }
}
