package dk.praksis.report.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.report.CaseRow;
import dk.praksis.report.FailedItem;

/** Sagsoversigt: every case with its verdict, the questions it did not meet and why, and the remark. */
final class CaseChapter {

    /**
     * The overall report lists its cases up to this many (about 0.19 pages each, so some 190 pages); above it
     * the chapter says where the list is instead: the Sager and Begrundelser sheets of samlet.xlsx, and each
     * kommune's attachment, which always lists its own cases (docs/rapporter-pdf.md).
     */
    static final int TOTAL_LISTED_UP_TO = 1_000;

    private CaseChapter() {
    }

    /** Whether the Sagsoversigt of a report with this many cases lists them one by one. */
    static boolean listsEachCase(boolean total, int cases) {
        return !total || cases <= TOTAL_LISTED_UP_TO;
    }

    static void add(ReportDocument doc, UnitView view) {
        HouseStyle style = doc.style;
        Chapter chapter = doc.chapter("Sagsoversigt");
        int cases = view.unit().cases().size();
        if (!listsEachCase(view.isTotal(), cases)) {
            chapter.add(style.paragraph("Undersøgelsen omfatter " + Fmt.cases(cases) + ". Så mange sager vises ikke "
                    + "enkeltvis i denne rapport (den viser sagsoversigten, når der er højst "
                    + Fmt.cases(TOTAL_LISTED_UP_TO) + "). Hver sag står med den samlede vurdering, scoren, "
                    + "bedømmerens bemærkning og begrundelserne for de spørgsmål, der ikke var opfyldt, på arket "
                    + "Sager i projektmappen samlet.xlsx; arket Begrundelser har én række for hvert spørgsmål, der "
                    + "ikke var opfyldt. Hver kommunes bilag (mappen kommuner) har en sagsoversigt over "
                    + "kommunens egne sager."));
            doc.add(chapter);
            return;
        }
        chapter.add(style.paragraph("Alle sager i undersøgelsen" + (view.isTotal() ? "" : " fra " + view.label())
                + " med den samlede vurdering, de spørgsmål, der ikke var opfyldt, og begrundelsen for hvert af "
                + "dem. Score er andelen af de relevante spørgsmål, der var opfyldt."));
        // A kommune's attachment lists all of its cases, tens of thousands in a national audit: the rows are made
        // a batch at a time as the layout reaches them (LongTable), read one case at a time from the case store.
        PdfPTable table = new LongTable<>(style.table(new float[] {2.2f, 2.5f, 5.3f, 3.7f}, "Sag", "Vurdering",
                "Ikke opfyldte spørgsmål og begrundelse", "Bedømmerens bemærkning"), view.unit().cases().iterator(),
                (rows, c) -> addRow(rows, style, view, c));
        chapter.add(table);
        doc.add(chapter);
    }

    /** One case's row: its id (and kommune in the overall report), verdict and score, unmet questions, remark. */
    private static void addRow(PdfPTable table, HouseStyle style, UnitView view, CaseRow c) {
        Phrase id = new Phrase(c.id(), style.cellBold);
        if (view.isTotal()) {
            id.add(new Phrase("\n" + c.kommuneNavn(), style.cell));
        }
        id.add(new Phrase("\n" + c.caseTypeLabel(), style.small));
        table.addCell(style.cell(id, Element.ALIGN_LEFT));

        Phrase verdict = new Phrase(c.verdictLabel(), style.cell);
        verdict.add(new Phrase("\nScore: " + Fmt.score(c.score()), style.small));
        if (c.disagreement()) {
            verdict.add(new Phrase("\nAfledt af svarene: "
                    + view.report().checklist().verdictLabel(c.derivedVerdict()), style.smallItalic));
        }
        table.addCell(style.cell(verdict, Element.ALIGN_LEFT));

        Phrase failed = new Phrase("", style.cell);
        if (c.failed().isEmpty()) {
            // A case that could not be assessed has met nothing: say so rather than "all met".
            failed.add(new Phrase(c.verdict().equals(dk.praksis.checklist.Checklist.VERDICT_UNASSESSABLE)
                    ? "Sagen kunne ikke vurderes." : "Alle relevante spørgsmål er opfyldt.", style.small));
        }
        if (c.disagreement()) {
            failed.add(new Phrase((c.failed().isEmpty() ? "\n" : "") + Disagreement.explain(view.report().checklist(), c)
                    + (c.failed().isEmpty() ? "" : "\n"), style.smallItalic));
        }
        for (int i = 0; i < c.failed().size(); i++) {
            FailedItem f = c.failed().get(i);
            failed.add(new Phrase((i == 0 ? "" : "\n") + f.itemId() + " " + f.itemText(), style.cellBold));
            failed.add(new Phrase("\n" + (f.reason() == null ? "" : f.reason()), style.cell));
        }
        table.addCell(style.cell(failed, Element.ALIGN_LEFT));

        Phrase remark = new Phrase(c.remark() == null ? "" : c.remark(), style.cell);
        if (c.reviewer() != null) {
            remark.add(new Phrase((c.remark() == null ? "" : "\n") + "Bedømmer: " + c.reviewer(), style.small));
        }
        table.addCell(style.cell(remark, Element.ALIGN_LEFT));
    }
}
